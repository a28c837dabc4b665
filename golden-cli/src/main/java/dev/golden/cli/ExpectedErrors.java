package dev.golden.cli;

import dev.golden.dictionary.InvalidDictionaryException;
import dev.golden.io.CsvFormatException;
import dev.golden.match.InvalidModelException;
import dev.golden.record.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures a user can cause (a missing or malformed file, a bad dictionary or mapping)
 * into one line on stderr and exit code 2. Anything else is a bug and keeps its stack trace.
 */
final class ExpectedErrors implements IExecutionExceptionHandler {
  static final int USAGE_OR_INPUT = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
    String message = message(e);
    if (message == null) {
      throw e;
    }
    command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + message);
    command.getErr().flush();
    return USAGE_OR_INPUT;
  }

  private static String message(Throwable e) {
    if (e instanceof CsvFormatException || e instanceof InvalidDictionaryException
        || e instanceof InvalidInputException || e instanceof InvalidModelException
        || e instanceof IllegalArgumentException) {
      return e.getMessage();
    }
    if (e instanceof NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof UncheckedIOException unchecked) {
      return message(unchecked.getCause());
    }
    if (e instanceof IOException) {
      return e.getMessage() == null ? e.toString() : e.getMessage();
    }
    return null;
  }
}
