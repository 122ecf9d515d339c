/**
 * Internal: the HTML report of a checked report, one renderer for {@code check --format html},
 * {@code batch --html} and the clerk's page. Free of server code, so that the command line does
 * not load an HTTP server to write a file. Not API.
 */
package org.nianbao.internal.html;
