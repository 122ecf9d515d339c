/** Internal: canonical JSON of reports and of findings. Not API. */
package org.nianbao.internal.json;
