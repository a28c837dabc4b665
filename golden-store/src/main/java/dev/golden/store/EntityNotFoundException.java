package dev.golden.store;

/** An operation named an entity that does not exist. */
public final class EntityNotFoundException extends StoreException {

    private final String entityType;
    private final long entityId;

    public EntityNotFoundException(String entityType, long entityId) {
        super("no " + entityType + " " + entityId);
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public String entityType() {
        return entityType;
    }

    public long entityId() {
        return entityId;
    }
}
