package se.kompetensgap.model;

import java.util.Objects;

/** A unit HR expects a mapping from (the --enheter list): who should have returned a workbook. */
public record ExpectedUnit(FocusArea focusArea, String department, String unit, String manager, String email) {
  public ExpectedUnit {
    Objects.requireNonNull(focusArea, "focusArea");
    department = department == null ? "" : department.strip();
    unit = unit == null ? "" : unit.strip();
    manager = manager == null ? "" : manager.strip();
    email = email == null ? "" : email.strip();
    if (unit.isEmpty()) {
      throw new IllegalArgumentException("expected unit without name");
    }
  }
}
