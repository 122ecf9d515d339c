/**
 * nianbao: checks government information-disclosure annual reports (政府信息公开工作年度报告)
 * against the national templates. Read a report with {@link org.nianbao.Reports}, check it with a
 * {@link org.nianbao.ReportValidator}, and read its {@link org.nianbao.Finding}s.
 *
 * <h2>Absence</h2>
 * One convention holds throughout this package:
 * <ul>
 *   <li>A record component or accessor whose value may be absent is {@code null} then, and its
 *       documentation says "or {@code null}" ({@link org.nianbao.Finding#fix()}, the parts of a
 *       {@link org.nianbao.Finding.Location}). Every other one is never {@code null}.</li>
 *   <li>A list or set is empty when there is nothing in it, never {@code null} ({@link
 *       org.nianbao.Finding#cells()}, {@link org.nianbao.Finding#candidates()}).</li>
 *   <li>A method that looks something up, by an id, a key or a pointer, or asks a catalog entry
 *       for what it may not have, returns an {@link java.util.Optional}, empty when nothing is
 *       found ({@link org.nianbao.Rule#byId(String)}, {@link
 *       org.nianbao.ReportDocument#location(String)}, {@link org.nianbao.Rule#otherSeverity()},
 *       {@link org.nianbao.RuleDefinition#message(String, java.util.Locale)}).</li>
 * </ul>
 * Two values of a {@link org.nianbao.Report} are the exception, because they are what a clerk
 * leaves unstated rather than what is missing from an object: its {@code unit} is empty and its
 * {@code year} 0 when the report does not state them. A blank cell is {@link
 * org.nianbao.Cell#BLANK}, never {@code null} and never 0.
 */
package org.nianbao;
