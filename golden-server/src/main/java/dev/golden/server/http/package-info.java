/**
 * The API's conventions, shared by every feature: the error body and the typed exceptions that
 * produce it, JSON reading and writing, pagination, optimistic locking and the route record.
 */
package dev.golden.server.http;
