/** Data-quality figures, now and over time. */
package dev.golden.server.quality;
