/** Internal: the cell layout of each edition, read from the model records. Not API. */
package org.nianbao.internal.layout;
