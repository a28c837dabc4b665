package dev.golden.standardize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Maps English nicknames to the formal given name ({@code bob → robert}, {@code peggy →
 * margaret}). The table is a CSV of {@code nickname,formal} lines; {@code #} starts a comment.
 */
public final class Nicknames {
  private static final String RESOURCE = "nicknames.csv";
  private final Map<String, String> formalByNickname;

  private Nicknames(Map<String, String> formalByNickname) {
    this.formalByNickname = Map.copyOf(formalByNickname);
  }

  /** The table shipped with Golden: a few hundred common English nicknames. */
  public static Nicknames defaults() {
    return Default.INSTANCE;
  }

  /** Reads a table of {@code nickname,formal} lines. */
  public static Nicknames read(Reader csv) throws IOException {
    Map<String, String> map = new HashMap<>();
    BufferedReader lines = new BufferedReader(csv);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] cells = trimmed.split(",", -1);
      if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
        throw new IOException("Line " + number + " is not 'nickname,formal': " + line);
      }
      String nickname = cells[0].strip().toLowerCase(Locale.ROOT);
      String previous = map.put(nickname, cells[1].strip().toLowerCase(Locale.ROOT));
      if (previous != null) {
        throw new IOException("Line " + number + " maps '" + nickname + "' a second time");
      }
    }
    return new Nicknames(map);
  }

  /** The formal name of a lower-case given name, or the name itself when it is no nickname. */
  public String formalOf(String givenName) {
    return formalByNickname.getOrDefault(givenName, givenName);
  }

  public int size() {
    return formalByNickname.size();
  }

  private static final class Default {
    static final Nicknames INSTANCE = load();

    private static Nicknames load() {
      try (InputStream in = Objects.requireNonNull(
          Nicknames.class.getResourceAsStream(RESOURCE), RESOURCE)) {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
