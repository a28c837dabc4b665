package dev.golden.cli;

import dev.golden.dictionary.DataDictionary;
import dev.golden.io.CsvOptions;
import dev.golden.io.Separator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every command that reads customer files shares: encoding, separator, mapping, dictionary. */
final class InputOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Charset of the input (default: detected).")
  Charset encoding;

  @Option(names = "--separator", paramLabel = "C",
      description = "Field separator: , ; | \\t tab or febrl (comma and space). Default: detected.")
  String separator;

  @Option(names = "--map", paramLabel = "HEADER=FIELD",
      description = "Maps a column to a dictionary field; '-' leaves it unmapped. Repeatable.")
  Map<String, String> mapping = new LinkedHashMap<>();

  @Option(names = "--dictionary", paramLabel = "FILE", description = "Data dictionary (JSON). Default: built in.")
  Path dictionaryFile;

  @Option(names = "--region", paramLabel = "CC",
      description = "Region for phone numbers without a country code, e.g. CN, US (default: the dictionary's).")
  String region;

  Map<String, String> mapping() {
    return mapping;
  }

  CsvOptions csvOptions() {
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
    return options;
  }

  DataDictionary dictionary() throws IOException {
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
}
