/** Internal: checking many reports at once, linked across years and compared with peers. Not API. */
package org.nianbao.internal.batch;
