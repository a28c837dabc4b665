package dev.golden.store;

public enum BatchStatus {
    RUNNING, DONE, FAILED
}
