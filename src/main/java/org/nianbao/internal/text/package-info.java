/** Internal: reading reports from text (web page copies, PDF text, Word text). Not API. */
package org.nianbao.internal.text;
