package dev.golden.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Arrays;

/**
 * JSON in and out: one configured mapper (java.time as ISO-8601 strings, unknown properties
 * refused so a misspelt field is reported rather than ignored), request bodies read with errors
 * that name the offending field, and responses always declared as UTF-8.
 */
public final class Json {

  /** JSON is UTF-8 by definition; saying so keeps browsers and older clients from guessing. */
  public static final String CONTENT_TYPE = "application/json;charset=utf-8";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private Json() {}

  /** The shared mapper; thread-safe, do not reconfigure. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Reads the request body as {@code type}, or fails with a 400 that names the bad field. */
  public static <T> T read(Context ctx, Class<T> type) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw InvalidInput.request("missing_body", "a JSON request body is required");
    }
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw InvalidInput.request("missing_body", "a JSON request body is required");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw InvalidInput.field(path(e), "unknown field '" + e.getPropertyName() + "'");
    } catch (InvalidFormatException e) {
      String field = path(e);
      if (e.getTargetType() != null && e.getTargetType().isEnum()) {
        throw InvalidInput.field(field, "'" + field + "' must be one of "
            + Arrays.toString(e.getTargetType().getEnumConstants()));
      }
      throw InvalidInput.field(field, "'" + field + "' has the wrong type");
    } catch (MismatchedInputException e) {
      String field = path(e);
      if (field.isEmpty()) {
        throw InvalidInput.request("malformed_json", "the body is not a JSON object of the expected shape");
      }
      throw InvalidInput.field(field, "'" + field + "' has the wrong type");
    } catch (JsonProcessingException e) {
      throw InvalidInput.request("malformed_json", "the body is not valid JSON: "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw InvalidInput.request("malformed_json", "the body could not be read");
    }
  }

  /** Writes {@code body} as the response with {@code status}. */
  public static void respond(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType(CONTENT_TYPE).result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + body.getClass().getName(), e);
    }
  }

  /** The JSON path of the failure, as {@code address.lines[1]}. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
