/** Review of suspected duplicates, merges and their undoing. */
package dev.golden.server.review;
