/** Change requests to protected fields: the approver's queue and decisions. */
package dev.golden.server.change;
