package dev.golden.server.http;

import dev.golden.server.security.Permission;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;
import java.util.Set;

/**
 * One endpoint: method, path (Javalin syntax, {@code /api/customers/{id}}), the single permission
 * it needs and its handler. Every route names a permission, so none can be left unchecked.
 */
public record ApiRoute(HandlerType method, String path, Permission permission, Handler handler) {

  private static final Set<HandlerType> METHODS =
      Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  public ApiRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(permission, "permission");
    Objects.requireNonNull(handler, "handler");
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("not an endpoint method: " + method);
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
  }

  public static ApiRoute get(String path, Permission permission, Handler handler) {
    return new ApiRoute(HandlerType.GET, path, permission, handler);
  }

  public static ApiRoute post(String path, Permission permission, Handler handler) {
    return new ApiRoute(HandlerType.POST, path, permission, handler);
  }

  public static ApiRoute put(String path, Permission permission, Handler handler) {
    return new ApiRoute(HandlerType.PUT, path, permission, handler);
  }

  public static ApiRoute patch(String path, Permission permission, Handler handler) {
    return new ApiRoute(HandlerType.PATCH, path, permission, handler);
  }

  public static ApiRoute delete(String path, Permission permission, Handler handler) {
    return new ApiRoute(HandlerType.DELETE, path, permission, handler);
  }
}
