package dev.golden.index;

import dev.golden.record.Attribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * A customer as one compact binary doc value: its id, then attribute ordinal and UTF-8 value per
 * attribute. A doc value rather than a stored field: fetching twenty candidates then reads twenty
 * short byte runs instead of decompressing twenty blocks of stored fields.
 */
final class FeatureCodec {
  private static final Attribute[] ATTRIBUTES = Attribute.values();

  private FeatureCodec() {}

  static BytesRef encode(String customerId, Map<Attribute, String> features) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput(128);
    out.writeString(customerId);
    for (Map.Entry<Attribute, String> entry : features.entrySet()) {
      out.writeByte((byte) entry.getKey().ordinal());
      out.writeString(entry.getValue());
    }
    return new BytesRef(out.toArrayCopy());
  }

  static Candidate decode(BytesRef bytes, float score) {
    try {
      return read(bytes, score);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // never: the input is in memory
    }
  }

  private static Candidate read(BytesRef bytes, float score) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    String customerId = in.readString();
    String[] values = new String[ATTRIBUTES.length];
    while (!in.eof()) {
      values[in.readByte()] = in.readString();
    }
    return new Candidate(customerId, score, AttributeValues.byOrdinal(values));
  }
}
