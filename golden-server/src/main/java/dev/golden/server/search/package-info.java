/** Free-text customer search for call-centre agents. */
package dev.golden.server.search;
