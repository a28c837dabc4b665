package dev.golden.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.copy.CopyManager;

/**
 * Rows in PostgreSQL's COPY text format: columns separated by tabs, rows by newlines, and
 * backslash, tab, newline and carriage return inside a value escaped with a backslash.
 */
final class CopyText {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean rowStarted;

    CopyText add(String value) {
        separate();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    CopyText add(long value) {
        separate();
        text.append(value);
        return this;
    }

    CopyText add(double value) {
        separate();
        text.append(value);
        return this;
    }

    CopyText end() {
        text.append('\n');
        rowStarted = false;
        return this;
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }

    /** {@code table} with its column list, e.g. {@code customer (id, status)}. */
    void copyInto(CopyManager copy, String table) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        try {
            copy.copyIn("COPY " + table + " FROM STDIN",
                    new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    /** A timestamp as COPY reads it for a TIMESTAMP WITH TIME ZONE column (ISO 8601, UTC). */
    static String timestamp(Instant instant) {
        return instant.toString();
    }
}
