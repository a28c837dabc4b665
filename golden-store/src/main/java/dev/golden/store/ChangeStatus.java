package dev.golden.store;

public enum ChangeStatus {
    PENDING, APPROVED, REJECTED
}
