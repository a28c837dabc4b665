/**
 * The hub's HTTP server: {@link dev.golden.server.GoldenServer} built from a {@link
 * dev.golden.server.ServerConfig} and the services it serves; every route in {@code ApiRoutes};
 * handlers package-private in one package per feature.
 */
package dev.golden.server;
