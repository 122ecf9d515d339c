package org.nianbao.internal.server;

/** A request the API refuses: the status and the one line that says why. */
final class HttpProblem extends Exception {
  private static final long serialVersionUID = 1L;

  final int status;

  HttpProblem(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }
}
