package dev.golden.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The one error body of the API; {@code field} is left out when no single field is at fault. */
record ErrorBody(String code, String message, @JsonInclude(JsonInclude.Include.NON_NULL) String field) {

  static ErrorBody of(ApiException failure) {
    return new ErrorBody(failure.code(), failure.getMessage(), failure.field().orElse(null));
  }
}
