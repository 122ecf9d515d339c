/**
 * Internal: a batch's reports as data (one row per cell, one per finding) for spreadsheets and SQL
 * engines: CSV files, and DuckDB and Parquet through the optional DuckDB driver. Not API.
 */
package org.nianbao.internal.facts;
