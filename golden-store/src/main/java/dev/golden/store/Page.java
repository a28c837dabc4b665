package dev.golden.store;

import java.util.List;

/**
 * One page of a longer listing.
 *
 * @param items the entries on this page, in listing order
 * @param offset how many entries precede this page
 * @param limit the page size asked for
 * @param total how many entries the whole listing has
 */
public record Page<T>(List<T> items, long offset, int limit, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return offset + items.size() < total;
    }

    static void check(long offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
    }
}
