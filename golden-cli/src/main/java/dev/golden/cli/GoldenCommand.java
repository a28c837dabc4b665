package dev.golden.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code golden} command line. */
@Command(name = "golden", mixinStandardHelpOptions = true, version = "golden 0.1.0",
    description = "Customer data hub: profile, standardize and match customer records.",
    subcommands = {
        ProfileCommand.class,
        DedupeCommand.class,
        LinkCommand.class,
        ExplainCommand.class,
        EvaluateCommand.class,
        GenerateCommand.class,
        ImportCommand.class,
        BenchCommand.class,
        ServeCommand.class,
        DemoCommand.class,
    })
public final class GoldenCommand {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with Golden's output encoding and error handling. */
  static CommandLine commandLine() {
    return new CommandLine(new GoldenCommand())
        .setOut(writer(System.out))
        .setErr(writer(System.err))
        .setExecutionExceptionHandler(new ExpectedErrors());
  }

  // Java 17 writes in the locale's charset, which is ASCII in many containers: Chinese would
  // print as '?'. UTF-8 unless the JVM knows the console's own encoding (Windows).
  private static PrintWriter writer(PrintStream stream) {
    String console = System.getProperty("sun.stdout.encoding");
    Charset charset = console != null && Charset.isSupported(console) ? Charset.forName(console) : StandardCharsets.UTF_8;
    return new PrintWriter(new java.io.OutputStreamWriter((OutputStream) stream, charset), true);
  }
}
