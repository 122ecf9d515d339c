/**
 * Internal: {@code nianbao serve}, the clerk's page and its HTTP API on the JDK's built-in server.
 * Not API.
 */
package org.nianbao.internal.server;
