package dev.golden.spark;

import dev.golden.record.Attribute;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * A record as blocking and scoring need it (index, id, every attribute), carried through shuffles
 * as one compact byte array: index, a bit per present attribute, then the id and the present
 * values as length-prefixed UTF-8. A fraction of the size of a row of twenty nullable columns.
 */
record CarriedRecord(long index, String id, String[] values) {
  private static final Attribute[] ATTRIBUTES = Attribute.values();

  /** The value of an attribute, null when missing. */
  String value(int ordinal) {
    return values[ordinal];
  }

  /** The present values, for golden-core's record table. */
  Map<Attribute, String> attributes() {
    Map<Attribute, String> present = new EnumMap<>(Attribute.class);
    for (int i = 0; i < ATTRIBUTES.length; i++) {
      if (values[i] != null) {
        present.put(ATTRIBUTES[i], values[i]);
      }
    }
    return present;
  }

  /** From a row of the standardized records ({@code idx, id, a_*...}). */
  static CarriedRecord of(Row row) {
    String[] values = new String[ATTRIBUTES.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.isNullAt(2 + i) ? null : row.getString(2 + i);
    }
    return new CarriedRecord(row.getLong(0), row.getString(1), values);
  }

  byte[] encode() {
    byte[][] utf8 = new byte[ATTRIBUTES.length + 1][];
    int size = Long.BYTES + Integer.BYTES;
    int present = 0;
    utf8[0] = id.getBytes(StandardCharsets.UTF_8);
    size += Integer.BYTES + utf8[0].length;
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        present |= 1 << i;
        utf8[i + 1] = values[i].getBytes(StandardCharsets.UTF_8);
        size += Integer.BYTES + utf8[i + 1].length;
      }
    }
    ByteBuffer out = ByteBuffer.allocate(size).putLong(index).putInt(present);
    for (byte[] text : utf8) {
      if (text != null) {
        out.putInt(text.length).put(text);
      }
    }
    return out.array();
  }

  static CarriedRecord decode(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    long index = in.getLong();
    int present = in.getInt();
    String id = text(in);
    String[] values = new String[ATTRIBUTES.length];
    for (int i = 0; i < values.length; i++) {
      if ((present & 1 << i) != 0) {
        values[i] = text(in);
      }
    }
    return new CarriedRecord(index, id, values);
  }

  private static String text(ByteBuffer in) {
    int length = in.getInt();
    String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return text;
  }
}
