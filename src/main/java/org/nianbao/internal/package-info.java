/**
 * Internal implementation of nianbao: not API. Types here may change in any release; use the
 * {@code org.nianbao} package. A test fails the build when a public type of {@code org.nianbao}
 * exposes a type from here in its signatures.
 */
package org.nianbao.internal;
