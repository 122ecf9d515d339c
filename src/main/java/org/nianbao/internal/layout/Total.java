package org.nianbao.internal.layout;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.nianbao.Rule;

/**
 * Marks the component of a table record that is the total of its siblings: a total cell is the
 * sum of the other cells of its row, a total row is, column by column, the sum of every row below
 * its siblings. The sum rules are generated from these marks, so the table structure is written
 * down once, here in the model.
 *
 * <p>Internal: the marks sit on the public records but are not part of the API, so that the way the
 * sums are declared can change. Not {@code @Documented}, so the records' Javadoc does not show them.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Total {
  /** The rule that the sum belongs to. */
  Rule value();
}
