/**
 * Internal: the two editions' templates as printed (rows, labels, headings, column heads), the one
 * description of their wording that the readers use. Not API.
 */
package org.nianbao.internal.template;
