package dev.golden.store;

import java.time.Instant;
import java.util.Optional;

/**
 * The current decision about a pair, stored with the smaller id on the left.
 *
 * @param probability the model's match probability, for inferred links
 * @param decidedBy the person, or the model's name for inferred links
 */
public record MatchLink(long id, LinkSubject subject, long leftId, long rightId, LinkKind kind, LinkStatus status,
        Optional<Double> probability, String decidedBy, Instant decidedAt) {

    /** A person said these are different: no automatic run may join them. */
    public boolean keepsApart() {
        return status == LinkStatus.ASSERTED && kind == LinkKind.DIFFERENT;
    }
}
