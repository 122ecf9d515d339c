/** Internal: what the report's text says, read and compared with its tables. Not API. */
package org.nianbao.internal.narrative;
