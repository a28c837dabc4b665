package dev.golden.index;

import dev.golden.record.Attribute;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable attribute → value map held as one array by attribute ordinal, in attribute order:
 * what a candidate's features decode into. Cheaper to fill and to read than a copy into a hashed
 * {@link Map#copyOf}, which every candidate of every check would otherwise pay for.
 */
final class AttributeValues extends AbstractMap<Attribute, String> {
  private static final Attribute[] ATTRIBUTES = Attribute.values();

  private final String[] values;
  private final int size;

  private AttributeValues(String[] values, int size) {
    this.values = values;
    this.size = size;
  }

  /** The map of {@code values} by attribute ordinal, taken over (not copied): a null is a missing attribute. */
  static AttributeValues byOrdinal(String[] values) {
    if (values.length != ATTRIBUTES.length) {
      throw new IllegalArgumentException("one value per attribute expected, not " + values.length);
    }
    int size = 0;
    for (String value : values) {
      if (value != null) {
        size++;
      }
    }
    return new AttributeValues(values, size);
  }

  /** An immutable copy of {@code features}, or {@code features} itself when it is one already. */
  static Map<Attribute, String> copyOf(Map<Attribute, String> features) {
    if (features instanceof AttributeValues values) {
      return values;
    }
    String[] values = new String[ATTRIBUTES.length];
    features.forEach((attribute, value) -> values[attribute.ordinal()] = requireNonNull(value, attribute));
    return new AttributeValues(values, features.size());
  }

  private static String requireNonNull(String value, Attribute attribute) {
    if (value == null) {
      throw new NullPointerException("no value for " + attribute);
    }
    return value;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public String get(Object key) {
    return key instanceof Attribute attribute ? values[attribute.ordinal()] : null;
  }

  @Override
  public void forEach(BiConsumer<? super Attribute, ? super String> action) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        action.accept(ATTRIBUTES[i], values[i]);
      }
    }
  }

  @Override
  public Set<Entry<Attribute, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<Attribute, String>> iterator() {
        return new Iterator<>() {
          private int next = advance(0);

          private int advance(int from) {
            int i = from;
            while (i < values.length && values[i] == null) {
              i++;
            }
            return i;
          }

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Entry<Attribute, String> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Entry<Attribute, String> entry = new SimpleImmutableEntry<>(ATTRIBUTES[next], values[next]);
            next = advance(next + 1);
            return entry;
          }
        };
      }
    };
  }
}
