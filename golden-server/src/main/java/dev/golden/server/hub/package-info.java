/** The hub's services on one store, as the API uses them, and the store's failures as API errors. */
package dev.golden.server.hub;
