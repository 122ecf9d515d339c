/** Internal: files the command line writes, so that a failed or interrupted run never destroys one. Not API. */
package org.nianbao.internal.output;
