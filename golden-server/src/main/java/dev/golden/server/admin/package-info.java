/** User administration: creating users and issuing API tokens. */
package dev.golden.server.admin;
