package dev.golden.hub;

import java.util.List;

/** A value the dictionary does not accept for its field; nothing was stored. */
public final class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final List<String> problems;

    InvalidValueException(String field, String rawValue, List<String> problems) {
        super(field + ": \"" + rawValue + "\" " + String.join("; ", problems));
        this.field = field;
        this.problems = List.copyOf(problems);
    }

    /** The offending field, for the error body. */
    public String field() {
        return field;
    }

    public List<String> problems() {
        return problems;
    }
}
