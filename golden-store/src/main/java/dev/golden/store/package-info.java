/**
 * The customer hub's persistence: source records as received, their standardized values, golden
 * records with lineage, match links, accounts and contacts, change requests, users and an
 * append-only audit log, in H2 (embedded default) or PostgreSQL, migrated by Flyway.
 */
package dev.golden.store;
