/** Re-verification of ageing values. */
package dev.golden.server.freshness;
