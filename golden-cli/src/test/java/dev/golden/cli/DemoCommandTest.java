package dev.golden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.server.console.DemoData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("golden demo and golden serve: arguments and what they print")
class DemoCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run golden(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new GoldenCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  @DisplayName("too few or too many people are refused before anything is generated or started")
  void peopleOutOfRange(@TempDir Path home) {
    Run few = golden("demo", "--people", "5", "--home", home.toString());
    Run many = golden("demo", "--people", "2000000", "--home", home.toString());

    assertThat(few.exit()).isEqualTo(2);
    assertThat(few.err()).contains("--people must be between 10 and 100000, not 5").contains("Usage: golden demo");
    assertThat(many.exit()).isEqualTo(2);
    assertThat(many.err()).contains("not 2000000");
    assertThat(home).isEmptyDirectory();
  }

  @Test
  @DisplayName("a port that is not a number is refused with the option named")
  void portNotANumber() {
    Run run = golden("demo", "--port", "seventy");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--port").contains("seventy");
  }

  @Test
  @DisplayName("--help describes the port, home and people options")
  void help() {
    Run run = golden("demo", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--port=N", "--home=DIR", "--people=N", "default: 400");
  }

  @Test
  @DisplayName("once up, the demo says where the console and the API are, whom to sign in as, and where the data is")
  void welcome(@TempDir Path home) {
    List<String> lines = DemoCommand.welcome(new ServedAt(URI.create("http://127.0.0.1:7070")), home);

    assertThat(String.join("\n", lines))
        .contains("Console: http://127.0.0.1:7070/console")
        .contains("API:     http://127.0.0.1:7070/api  (described at http://127.0.0.1:7070/api/openapi.json)")
        .contains("steward / " + DemoData.PASSWORD)
        .contains("admin, approver, agent")
        .contains(home.toAbsolutePath().toString());
  }

  @Test
  @DisplayName("serve prints the console's address beside the API's, on the port it really got")
  void servedAt() {
    ServedAt at = new ServedAt(URI.create("http://127.0.0.1:41234"));

    assertThat(at.lines()).containsExactly(
        "  Console: http://127.0.0.1:41234/console  (steward pages, in a browser)",
        "  API:     http://127.0.0.1:41234/api  (described at http://127.0.0.1:41234/api/openapi.json)");
  }
}
