package dev.golden.hub;

/** The actor may not do this: their role does not allow it, or it would be their own approval. */
public final class NotPermittedException extends RuntimeException {

    NotPermittedException(String message) {
        super(message);
    }
}
