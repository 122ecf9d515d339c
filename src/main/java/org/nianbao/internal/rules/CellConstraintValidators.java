package org.nianbao.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.nianbao.Amount;
import org.nianbao.Cell;
import org.nianbao.Change;
import org.nianbao.Count;
import org.nianbao.internal.layout.CellKind;

/** The Bean Validation side of the cell constraints; the check itself is {@link CellKind#check}. */
public final class CellConstraintValidators {
  private CellConstraintValidators() {}

  public static final class CountValidator implements ConstraintValidator<Count, Cell> {
    @Override
    public boolean isValid(Cell cell, ConstraintValidatorContext context) {
      return cell == null || CellKind.COUNT.check(cell).isEmpty();
    }
  }

  public static final class ChangeValidator implements ConstraintValidator<Change, Cell> {
    @Override
    public boolean isValid(Cell cell, ConstraintValidatorContext context) {
      return cell == null || CellKind.CHANGE.check(cell).isEmpty();
    }
  }

  public static final class AmountValidator implements ConstraintValidator<Amount, Cell> {
    @Override
    public boolean isValid(Cell cell, ConstraintValidatorContext context) {
      return cell == null || CellKind.AMOUNT.check(cell).isEmpty();
    }
  }
}
