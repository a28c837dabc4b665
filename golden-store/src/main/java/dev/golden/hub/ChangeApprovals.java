package dev.golden.hub;

import dev.golden.store.ChangeRequest;
import dev.golden.store.EntityNotFoundException;
import dev.golden.store.StateConflictException;
import dev.golden.store.Store;
import java.util.Objects;

/**
 * An approver's decisions on change requests. Approving applies the requested value in the same
 * transaction; a request is refused when it was decided already or has gone stale (its field no
 * longer holds the value the requester saw). Nobody approves their own request.
 */
public final class ChangeApprovals {

    private static final String ENTITY = "change_request";

    private final Store store;

    public ChangeApprovals(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Approves the request and applies its value to the customer.
     *
     * @throws NotPermittedException when the approver is no approver or asked for the change
     * @throws StateConflictException when the request is decided already, has gone stale, or its
     *     customer is no longer active
     * @throws EntityNotFoundException when there is no such request
     */
    public ChangeRequest approve(long requestId, Actor approver, String comment) {
        checkMayDecide(approver);
        return store.inTransaction(repos -> {
            ChangeRequest request = repos.changeRequests().find(requestId)
                    .orElseThrow(() -> new EntityNotFoundException(ENTITY, requestId));
            if (request.requestedBy().equals(approver.name())) {
                throw new NotPermittedException(approver.name() + " asked for change request " + requestId
                        + " and may not approve it too");
            }
            repos.customers().find(request.customerId())
                    .filter(c -> !c.isActive())
                    .ifPresent(c -> {
                        throw new StateConflictException("customer " + c.id() + " is " + c.status()
                                + "; change request " + requestId + " no longer applies");
                    });
            return repos.changeRequests().approve(requestId, approver.name(), comment);
        });
    }

    /**
     * Rejects the request; the customer keeps its value.
     *
     * @throws NotPermittedException when the actor is no approver
     * @throws StateConflictException when the request is decided already
     */
    public ChangeRequest reject(long requestId, Actor approver, String comment) {
        checkMayDecide(approver);
        return store.changeRequests().reject(requestId, approver.name(), comment);
    }

    private static void checkMayDecide(Actor actor) {
        Objects.requireNonNull(actor, "approver");
        if (!actor.mayDecideChanges()) {
            throw new NotPermittedException(actor.name() + " is " + actor.role() + " and may not decide change requests");
        }
    }
}
