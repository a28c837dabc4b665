/**
 * Who may call what: users and roles, the permission matrix ({@link
 * dev.golden.server.security.Permission}), HTTP Basic and API-token authentication, the first
 * admin.
 */
package dev.golden.server.security;
