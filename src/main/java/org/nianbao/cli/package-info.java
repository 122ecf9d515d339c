/**
 * The {@code nianbao} command line: a thin picocli layer over the {@code org.nianbao} API. Not
 * API itself: the contract is the command line (SPEC, "CLI contract").
 */
package org.nianbao.cli;
