package dev.golden.store;

/** What receiving a record did: created it, updated it (a re-import with new values), or nothing. */
public record Received(SourceRecord record, Outcome outcome) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }
}
