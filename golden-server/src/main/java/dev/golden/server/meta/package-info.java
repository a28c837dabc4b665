/** The server describing itself: health and the OpenAPI document. */
package dev.golden.server.meta;
