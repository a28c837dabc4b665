package dev.golden.cli;

import dev.golden.dictionary.DataDictionary;
import dev.golden.io.CsvOptions;
import dev.golden.io.Separator;
import dev.golden.profile.FileProfile;
import dev.golden.profile.ProfileHtml;
import dev.golden.profile.ProfileJson;
import dev.golden.profile.ProfileText;
import dev.golden.profile.Profiler;
import dev.golden.standardize.Standardization;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code golden profile FILE}: what a file holds, before it is loaded. */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = {"Profiles a CSV file: column mapping, completeness, validity, top values,",
        "patterns and likely duplicates. Prints a table; optionally writes JSON and HTML reports."})
final class ProfileCommand implements Callable<Integer> {
  private static final long LARGE_FILE = 64L * 1024 * 1024;
  private static final long SHOW_PROGRESS_ON_TERMINAL = 4L * 1024 * 1024;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The CSV file to profile.")
  Path file;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Charset of the file (default: detected).")
  Charset encoding;

  @Option(names = "--separator", paramLabel = "C",
      description = "Field separator: , ; | \\t tab or febrl (comma and space). Default: detected.")
  String separator;

  @Option(names = "--map", paramLabel = "HEADER=FIELD",
      description = "Maps a column to a dictionary field; '-' leaves it unmapped. Repeatable.")
  Map<String, String> mapping = new LinkedHashMap<>();

  @Option(names = "--dictionary", paramLabel = "FILE", description = "Data dictionary (JSON). Default: built in.")
  Path dictionaryFile;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write the profile as JSON.")
  Path json;

  @Option(names = "--html", paramLabel = "OUT", description = "Also write the profile as an HTML page.")
  Path html;

  @Option(names = "--region", paramLabel = "CC",
      description = "Region for phone numbers without a country code, e.g. CN, US (default: the dictionary's).")
  String region;

  @Override
  public Integer call() throws IOException {
    CsvOptions options = CsvOptions.defaults();
    if (encoding != null) {
      options = options.withCharset(encoding);
    }
    if (separator != null) {
      try {
        options = options.withSeparator(Separator.parse(separator));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    Profiler profiler = Profiler.of(Standardization.of(dictionary()));
    Progress progress = new Progress(spec.commandLine().getErr(), Files.size(file));
    FileProfile profile = profiler.withProgress(progress.enabled() ? progress : bytes -> {})
        .profile(file, options, mapping);
    progress.clear();
    PrintWriter out = spec.commandLine().getOut();
    out.print(ProfileText.write(profile));
    if (json != null) {
      Files.writeString(json, ProfileJson.write(profile), StandardCharsets.UTF_8);
      out.println("JSON written to " + json);
    }
    if (html != null) {
      Files.writeString(html, ProfileHtml.write(profile), StandardCharsets.UTF_8);
      out.println("HTML written to " + html);
    }
    out.flush();
    return 0;
  }

  private DataDictionary dictionary() throws IOException {
    DataDictionary d = dictionaryFile == null ? DataDictionary.defaults() : DataDictionary.load(dictionaryFile);
    if (region == null) {
      return d;
    }
    if (!region.matches("[A-Za-z]{2}")) {
      throw new ParameterException(spec.commandLine(), "--region takes a two-letter country code, e.g. CN");
    }
    return new DataDictionary(d.name(), d.version(), d.missingValue(), d.missingPlaceholders(),
        region.toUpperCase(Locale.ROOT), d.fields());
  }

  /** One self-overwriting progress line on stderr, for large files or an interactive terminal. */
  private static final class Progress implements LongConsumer {
    private static final int BAR = 30;
    private final PrintWriter err;
    private final long total;
    private final boolean enabled;
    private long lastPrint;
    private boolean printed;

    Progress(PrintWriter err, long total) {
      this.err = err;
      this.total = total;
      this.enabled = total >= LARGE_FILE || (System.console() != null && total >= SHOW_PROGRESS_ON_TERMINAL);
    }

    boolean enabled() {
      return enabled;
    }

    @Override
    public void accept(long bytes) {
      long now = System.nanoTime();
      if (printed && now - lastPrint < 200_000_000L) {
        return;
      }
      lastPrint = now;
      printed = true;
      double ratio = total == 0 ? 1 : Math.min(1.0, (double) bytes / total);
      int filled = (int) Math.round(ratio * BAR);
      err.printf(Locale.ROOT, "\r[%s%s] %5.1f%%  %,d of %,d MB", "#".repeat(filled), " ".repeat(BAR - filled),
          ratio * 100, bytes >> 20, total >> 20);
      err.flush();
    }

    void clear() {
      if (printed) {
        err.print("\r" + " ".repeat(BAR + 40) + "\r");
        err.flush();
      }
    }
  }
}
