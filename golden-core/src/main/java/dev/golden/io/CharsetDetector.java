package dev.golden.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the encoding of a file from its first bytes. Chinese CRM exports come as UTF-8 (with or
 * without a byte order mark), GBK/GB18030 or Big5. Both legacy encodings accept most byte pairs,
 * so the choice between them is made by which decoding yields common characters: GB2312 holds the
 * frequent simplified characters and Big5's first plane (A440–C67E) the frequent traditional ones.
 * When neither decoding looks like Chinese, the file is taken as windows-1252 (Western exports).
 */
final class CharsetDetector {
  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5 = Charset.forName("Big5");
  private static final Charset GB2312 = Charset.forName("GB2312");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** A detected charset and how many leading bytes (a byte order mark) to skip. */
  record Detected(Charset charset, int bomLength) {}

  private CharsetDetector() {}

  static Detected detect(byte[] sample, int length) {
    if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    }
    if (isUtf8(sample, length)) {
      return new Detected(StandardCharsets.UTF_8, 0);
    }
    double gb = score(decode(sample, length, GB18030), GB18030);
    double big5 = score(decode(sample, length, BIG5), BIG5);
    if (Math.max(gb, big5) < 0.5) {
      return new Detected(WINDOWS_1252, 0); // neither reads as Chinese: a Western legacy export
    }
    return new Detected(big5 > gb ? BIG5 : GB18030, 0);
  }

  /** Strict decoding; a multi-byte sequence cut off by the end of the sample is not an error. */
  private static boolean isUtf8(byte[] sample, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(sample, 0, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    return !decoder.decode(in, out, false).isError();
  }

  private static String decode(byte[] sample, int length, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(sample, 0, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("replacing decoder cannot fail", e);
    }
  }

  /**
   * The share of non-ASCII characters that are common in the candidate (GB2312's characters and
   * symbols; Big5's symbols and frequent characters), with replacement and private-use characters
   * counting heavily against it.
   */
  private static double score(String text, Charset charset) {
    CharsetEncoder gb2312 = GB2312.newEncoder();
    CharsetEncoder big5 = BIG5.newEncoder();
    long nonAscii = 0;
    long good = 0;
    long bad = 0;
    int end = Math.max(0, text.length() - 2); // the last character may be cut off
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      nonAscii++;
      if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) {
        bad++;
      } else if (charset == BIG5 ? isCommonBig5(big5, c) : gb2312.canEncode(c)) {
        good++;
      }
    }
    return nonAscii == 0 ? 0 : (good - 3.0 * bad) / nonAscii;
  }

  /** In Big5's symbol block (A140–A3BF) or its frequent characters (A440–C67E). */
  private static boolean isCommonBig5(CharsetEncoder big5, char c) {
    try {
      ByteBuffer bytes = big5.encode(CharBuffer.wrap(new char[] {c}));
      if (bytes.remaining() != 2) {
        return false;
      }
      int code = ((bytes.get(0) & 0xFF) << 8) | (bytes.get(1) & 0xFF);
      return (code >= 0xA140 && code <= 0xA3BF) || (code >= 0xA440 && code <= 0xC67E);
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
