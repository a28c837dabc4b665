/** The hub's HTTP server: REST API on Javalin, packaged by feature. */
package dev.golden.server;
