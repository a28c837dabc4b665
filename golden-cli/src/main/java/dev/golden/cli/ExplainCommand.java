package dev.golden.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.golden.match.Explanation;
import dev.golden.match.MatchModel;
import dev.golden.match.ModelJson;
import dev.golden.match.PairScorer;
import dev.golden.record.LoadedRecords;
import dev.golden.record.RecordLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code golden explain --model model.json FILE ID1 ID2}: why two records do or do not match. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Shows each comparison's contribution to the match weight of two records (a waterfall).")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Option(names = "--model", required = true, paramLabel = "FILE", description = "The model.json of a run.")
  Path model;

  @Option(names = "--json", description = "Print the explanation as JSON.")
  boolean json;

  @Option(names = "--id", paramLabel = "COLUMN", description = "The id column (default: found from the headers).")
  String id;

  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file holding both records.")
  Path file;

  @Parameters(index = "1", paramLabel = "ID1")
  String first;

  @Parameters(index = "2", paramLabel = "ID2")
  String second;

  @Override
  public Integer call() throws Exception {
    MatchModel matchModel = ModelJson.read(model);
    LoadedRecords records = new RecordLoader(input.dictionary(), input.csvOptions(), input.mapping(),
        Optional.ofNullable(id)).load(List.of(file), bytes -> {});
    RecordIndex index = new RecordIndex(records.table());
    Explanation explanation = new PairScorer(matchModel, records.table()).explain(index.require(first), index.require(second));
    if (json) {
      spec.commandLine().getOut().println(new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .writerWithDefaultPrettyPrinter().writeValueAsString(explanation));
    } else {
      spec.commandLine().getOut().print(explanation.toText());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
