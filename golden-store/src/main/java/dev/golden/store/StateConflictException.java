package dev.golden.store;

/**
 * The operation does not fit the entity's current state: deciding a change request twice,
 * merging a customer that is already merged, undoing a merge that later merges build on.
 */
public final class StateConflictException extends StoreException {

    public StateConflictException(String message) {
        super(message);
    }
}
