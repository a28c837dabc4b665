package dev.golden.index;

import dev.golden.record.Attribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/** A customer's attributes as one compact stored value: attribute ordinal, then the UTF-8 value, per attribute. */
final class FeatureCodec {
  private static final Attribute[] ATTRIBUTES = Attribute.values();

  private FeatureCodec() {}

  static BytesRef encode(Map<Attribute, String> features) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput(128);
    for (Map.Entry<Attribute, String> entry : features.entrySet()) {
      out.writeByte((byte) entry.getKey().ordinal());
      out.writeString(entry.getValue());
    }
    return new BytesRef(out.toArrayCopy());
  }

  static Map<Attribute, String> decode(BytesRef bytes) {
    try {
      return read(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // never: the input is in memory
    }
  }

  private static Map<Attribute, String> read(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    Map<Attribute, String> features = new EnumMap<>(Attribute.class);
    while (!in.eof()) {
      Attribute attribute = ATTRIBUTES[in.readByte()];
      features.put(attribute, in.readString());
    }
    return Collections.unmodifiableMap(features);
  }
}
