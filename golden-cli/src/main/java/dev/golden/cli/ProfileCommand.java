package dev.golden.cli;

import dev.golden.io.CsvOptions;
import dev.golden.profile.FileProfile;
import dev.golden.profile.ProfileHtml;
import dev.golden.profile.ProfileJson;
import dev.golden.profile.ProfileText;
import dev.golden.profile.Profiler;
import dev.golden.standardize.Standardization;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code golden profile FILE}: what a file holds, before it is loaded. */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = {"Profiles a CSV file: column mapping, completeness, validity, top values,",
        "patterns and likely duplicates. Prints a table; optionally writes JSON and HTML reports."})
final class ProfileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The CSV file to profile.")
  Path file;

  @Mixin InputOptions input;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write the profile as JSON.")
  Path json;

  @Option(names = "--html", paramLabel = "OUT", description = "Also write the profile as an HTML page.")
  Path html;

  @Override
  public Integer call() throws IOException {
    CsvOptions options = input.csvOptions();
    Profiler profiler = Profiler.of(Standardization.of(input.dictionary()));
    Progress progress = new Progress(spec.commandLine().getErr(), Files.size(file), "profiling");
    FileProfile profile = profiler.withProgress(progress.enabled() ? progress : bytes -> {})
        .profile(file, options, input.mapping());
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
}
