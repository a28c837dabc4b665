package dev.golden.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golden.server.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A response as the tests look at it: status, headers, body decoded as UTF-8. */
record HttpResult(int status, String body, HttpResponse<byte[]> raw) {

  static HttpResult of(HttpResponse<byte[]> response) {
    return new HttpResult(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response);
  }

  JsonNode json() {
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  Optional<String> header(String name) {
    return raw.headers().firstValue(name);
  }

  /** The {@code code} of an error body. */
  String errorCode() {
    return json().path("code").asText();
  }
}
