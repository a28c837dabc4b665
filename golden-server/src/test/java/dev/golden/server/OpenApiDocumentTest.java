package dev.golden.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golden.server.http.ApiRoute;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The served OpenAPI document describes exactly the registered routes")
class OpenApiDocumentTest {

  private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  private static TestServer api;
  private static JsonNode document;

  @BeforeAll
  static void start() {
    api = TestServer.start();
    document = api.get("/api/openapi.json").json();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static JsonNode operation(ApiRoute route) {
    return document.path("paths").path(route.path()).path(route.method().name().toLowerCase(Locale.ROOT));
  }

  @Test
  void isAnOpenApi3Document() {
    assertThat(document.path("openapi").asText()).startsWith("3.");
    assertThat(document.path("components").path("securitySchemes").path("basicAuth").path("scheme").asText())
        .isEqualTo("basic");
    assertThat(document.path("components").path("securitySchemes").path("bearerAuth").path("scheme").asText())
        .isEqualTo("bearer");
  }

  @Test
  void everyRouteIsDocumentedWithThePermissionItNeeds() {
    assertThat(api.server.routes()).isNotEmpty().allSatisfy(route -> {
      JsonNode operation = operation(route);
      assertThat(operation.isObject()).as(route.method() + " " + route.path() + " is documented").isTrue();
      assertThat(operation.path("x-golden-permission").asText()).as(route.path())
          .isEqualTo(route.permission().name());
      assertThat(operation.path("summary").asText()).as(route.path()).isNotBlank();
    });
  }

  @Test
  void publicRoutesAndOnlyThoseWaiveSecurity() {
    assertThat(api.server.routes()).allSatisfy(route -> {
      JsonNode security = operation(route).path("security");
      boolean waived = security.isArray() && security.isEmpty();
      assertThat(waived).as(route.path()).isEqualTo(route.permission().isPublic());
    });
  }

  @Test
  void everyPathParameterIsDescribed() {
    assertThat(api.server.routes()).allSatisfy(route -> {
      Set<String> documented = new HashSet<>();
      operation(route).path("parameters").forEach(parameter -> {
        if (parameter.path("in").asText().equals("path")) {
          documented.add(parameter.path("name").asText());
        }
      });
      Matcher names = PATH_PARAMETER.matcher(route.path());
      Set<String> inPath = new HashSet<>();
      while (names.find()) {
        inPath.add(names.group(1));
      }
      assertThat(documented).as(route.path()).isEqualTo(inPath);
    });
  }

  @Test
  void documentsNoRouteThatDoesNotExist() {
    Set<String> registered = api.server.routes().stream()
        .map(route -> route.method().name().toLowerCase(Locale.ROOT) + " " + route.path())
        .collect(Collectors.toSet());
    Set<String> documented = new HashSet<>();
    for (Iterator<String> paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      document.path("paths").path(path).fieldNames().forEachRemaining(method -> {
        if (HTTP_METHODS.contains(method)) {
          documented.add(method + " " + path);
        }
      });
    }

    assertThat(documented).isEqualTo(registered);
  }

  @Test
  void everyReferenceResolves() {
    Set<String> references = new HashSet<>();
    collectReferences(document, references);

    assertThat(references).isNotEmpty().allSatisfy(reference -> {
      assertThat(reference).startsWith("#/");
      assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
    });
  }

  private static void collectReferences(JsonNode node, Set<String> into) {
    if (node.has("$ref")) {
      into.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectReferences(child, into));
  }
}
