package dev.golden.server.http;

import java.util.List;

/** One page of a list, as every list endpoint returns it: {@code {items, page, size, total}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative");
    }
  }

  /** The page {@code request} asked for, holding {@code items} out of {@code total}. */
  public static <T> Page<T> of(PageRequest request, List<T> items, long total) {
    if (items.size() > request.size()) {
      throw new IllegalArgumentException(
          items.size() + " items do not fit a page of " + request.size());
    }
    return new Page<>(items, request.page(), request.size(), total);
  }
}
