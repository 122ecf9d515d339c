/**
 * Internal: reading Word (.docx), web page (.html) and PDF reports into the text form that
 * {@link org.nianbao.internal.text.TextReader} reads, with each line's place in the document.
 * POI, jsoup and PDFBox are touched only by the class for their format, so that reading JSON or
 * text never loads them. Not API.
 */
package org.nianbao.internal.document;
