package dev.golden.store;

/** What a match link joins: two source records, or two golden records. */
public enum LinkSubject {
    RECORD, CUSTOMER
}
