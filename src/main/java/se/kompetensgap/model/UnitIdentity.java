package se.kompetensgap.model;

/**
 * Whose a workbook is, as its Enhet sheet states it, read leniently: a rejected or superseded
 * workbook still says which unit, avdelning and manager it was meant for, so the receipt and
 * Inläsning can name them (issue 10 §4). Any part may be blank.
 */
public record UnitIdentity(String administration, String focusArea, String department, String unit, String manager) {

  public UnitIdentity {
    administration = administration == null ? "" : administration.strip();
    focusArea = focusArea == null ? "" : focusArea.strip();
    department = department == null ? "" : department.strip();
    unit = unit == null ? "" : unit.strip();
    manager = manager == null ? "" : manager.strip();
  }

  public static UnitIdentity of(UnitInfo info) {
    return new UnitIdentity(info.administration(), info.focusArea().name(), info.department(), info.unit(), info.manager());
  }

  /** Whether nothing that names the unit was found. */
  public boolean isEmpty() {
    return unit.isEmpty() && department.isEmpty() && manager.isEmpty();
  }
}
