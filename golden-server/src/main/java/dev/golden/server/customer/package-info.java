/** Entering customers with the duplicate check, the 360° view, governed edits and history. */
package dev.golden.server.customer;
