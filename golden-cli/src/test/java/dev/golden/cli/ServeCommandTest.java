package dev.golden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code golden serve} as a user starts it: its own process, a free port, the admin from the environment. */
class ServeCommandTest {
  private static final Pattern SERVING = Pattern.compile("serving .* at (http://127\\.0\\.0\\.1:\\d+)");

  @Test
  void startsOnAFreePortWithTheAdminFromTheEnvironmentAndAnswersTheApiOnlyWithCredentials(@TempDir Path home)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        GoldenCommand.class.getName(), "serve", "--port", "0", "--home", home.toString()))
        .redirectErrorStream(true);
    builder.environment().put("GOLDEN_ADMIN_PASSWORD", "correct horse battery staple");
    Process serve = builder.start();
    try {
      URI base = URI.create(baseUri(serve));
      HttpClient client = HttpClient.newHttpClient();

      HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(base.resolve("/api/customers")).build(),
          HttpResponse.BodyHandlers.ofString());
      String basic = Base64.getEncoder().encodeToString("admin:correct horse battery staple"
          .getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> created = client.send(HttpRequest.newBuilder(base.resolve("/api/customers"))
          .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"values\": {\"full_name\": \"王小明\", \"email\": \"xiaoming.wang@example.cn\"}}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> found = client.send(HttpRequest.newBuilder(
              base.resolve("/api/search?q=xiaoming.wang@example.cn")).header("Authorization", "Basic " + basic)
          .build(), HttpResponse.BodyHandlers.ofString());

      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
      assertThat(found.body()).contains("王小明");
    } finally {
      serve.destroy();
      if (!serve.waitFor(30, TimeUnit.SECONDS)) {
        serve.destroyForcibly();
      }
    }
  }

  /** Reads the process's output until it says where it serves. */
  private static String baseUri(Process serve) throws Exception {
    BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      seen.append(line).append('\n');
      Matcher matcher = SERVING.matcher(line);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    throw new AssertionError("golden serve ended without serving:\n" + seen);
  }
}
