/** Internal: the rules engine. Not API. */
package org.nianbao.internal.rules;
