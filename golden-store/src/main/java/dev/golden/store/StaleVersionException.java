package dev.golden.store;

/**
 * Someone else changed the entity since the caller read it: the caller's edit would have
 * silently undone theirs, so it is refused. Re-read and retry.
 */
public final class StaleVersionException extends StoreException {

    private final String entityType;
    private final long entityId;
    private final long expectedVersion;
    private final long actualVersion;

    public StaleVersionException(String entityType, long entityId, long expectedVersion, long actualVersion) {
        super(entityType + " " + entityId + " is at version " + actualVersion
                + ", not " + expectedVersion + ": it was changed by someone else");
        this.entityType = entityType;
        this.entityId = entityId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String entityType() {
        return entityType;
    }

    public long entityId() {
        return entityId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
