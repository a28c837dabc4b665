package dev.golden.store;

/** A store operation that could not be carried out; the transaction it ran in was rolled back. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
