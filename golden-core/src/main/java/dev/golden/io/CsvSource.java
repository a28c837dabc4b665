package dev.golden.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A delimited text file read as a stream of rows. Encoding and separator are detected unless
 * given. Malformed rows (wrong number of fields, unterminated quotes) are skipped and listed in
 * {@link #problems()}; only a file without a header fails, with {@link CsvFormatException}.
 *
 * <pre>{@code
 * try (CsvSource csv = CsvSource.open(path, CsvOptions.defaults())) {
 *   for (CsvRow row : csv) { ... }
 *   csv.problems().first().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Not thread-safe, and rows can be iterated once.
 */
public final class CsvSource implements Iterable<CsvRow>, AutoCloseable {
  private static final int SAMPLE_BYTES = 64 * 1024;

  private final Path file;
  private final long size;
  private final Charset charset;
  private final Separator separator;
  private final CountingInputStream counter;
  private final CsvParser parser;
  private final CsvProblems problems;
  private final List<String> header;
  private final long headerLine;
  private final long recordLimit;
  private boolean iterated;

  private CsvSource(Path file, CsvOptions options) throws IOException {
    this.file = file;
    this.size = Files.size(file);
    this.problems = new CsvProblems(options.problemsKept());
    this.recordLimit = options.recordLimit();
    byte[] sample = new byte[SAMPLE_BYTES];
    int length;
    try (InputStream head = Files.newInputStream(file)) {
      length = head.readNBytes(sample, 0, sample.length);
    }
    CharsetDetector.Detected detected = CharsetDetector.detect(sample, length);
    this.charset = options.charset().orElse(detected.charset());
    int bom = charset.equals(detected.charset()) ? detected.bomLength() : 0;
    this.separator = options.separator()
        .orElseGet(() -> CsvSniffer.sniff(decode(sample, bom, length - bom, charset)));
    this.counter = new CountingInputStream(Files.newInputStream(file));
    counter.skipNBytes(bom);
    var decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    var reader = new BufferedReader(new InputStreamReader(counter, decoder), 1 << 16);
    this.parser = new CsvParser(new LineSource(reader), separator, problems::add);
    CsvParser.Parsed first = parser.next();
    if (first == null) {
      counter.close();
      throw new CsvFormatException(file, 1, problems.isEmpty() ? "empty file, no header"
          : "no header: " + problems.first().get(0).message());
    }
    if (first.fields().stream().allMatch(String::isBlank)) {
      counter.close();
      throw new CsvFormatException(file, first.line(), "the header row has no column names");
    }
    this.header = List.copyOf(first.fields());
    this.headerLine = first.line();
  }

  /**
   * Opens a file and reads its header.
   *
   * @throws CsvFormatException if the file is empty or has no header row
   * @throws IOException if the file cannot be read
   */
  public static CsvSource open(Path file, CsvOptions options) throws IOException {
    return new CsvSource(file, options);
  }

  private static String decode(byte[] bytes, int offset, int length, Charset charset) {
    return charset.decode(ByteBuffer.wrap(bytes, offset, Math.max(0, length))).toString();
  }

  public Path file() {
    return file;
  }

  /** The column names, as written in the file. */
  public List<String> header() {
    return header;
  }

  public long headerLine() {
    return headerLine;
  }

  /** The charset used, given or detected. */
  public Charset charset() {
    return charset;
  }

  /** The separator used, given or detected. */
  public Separator separator() {
    return separator;
  }

  /** The file's size in bytes. */
  public long size() {
    return size;
  }

  /** Bytes read so far (read ahead by a buffer, so slightly ahead of the rows returned). */
  public long bytesRead() {
    return counter.count();
  }

  /** The malformed rows met so far. */
  public CsvProblems problems() {
    return problems;
  }

  /** The data rows; can be iterated once. */
  @Override
  public Iterator<CsvRow> iterator() {
    if (iterated) {
      throw new IllegalStateException("the rows of " + file + " can be read once");
    }
    iterated = true;
    return new Rows();
  }

  /** The data rows as a sequential stream; can be consumed once. */
  public Stream<CsvRow> rows() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public void close() throws IOException {
    counter.close();
  }

  private final class Rows implements Iterator<CsvRow> {
    private CsvRow next;
    private long returned;

    @Override
    public boolean hasNext() {
      if (next == null && returned < recordLimit) {
        next = read();
      }
      return next != null;
    }

    @Override
    public CsvRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      CsvRow row = next;
      next = null;
      returned++;
      return row;
    }

    private CsvRow read() {
      try {
        CsvParser.Parsed parsed;
        while ((parsed = parser.next()) != null) {
          int count = parsed.fields().size();
          if (count == header.size()) {
            return new CsvRow(parsed.line(), parsed.fields());
          }
          problems.add(parsed.line(), count + (count == 1 ? " field" : " fields")
              + ", header has " + header.size());
        }
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }
  }
}
