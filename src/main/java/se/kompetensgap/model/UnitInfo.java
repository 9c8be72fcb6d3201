package se.kompetensgap.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** The Enhet table of a manager's workbook: who and what the mapping describes. */
public record UnitInfo(
    int year,
    String administration,
    FocusArea focusArea,
    String department,
    String unit,
    String manager,
    LocalDate date,
    MappingType mappingType) {

  public UnitInfo {
    Objects.requireNonNull(focusArea, "focusArea");
    Objects.requireNonNull(mappingType, "mappingType");
    administration = administration == null ? "" : administration.strip();
    department = department == null ? "" : department.strip();
    unit = unit == null ? "" : unit.strip();
    manager = manager == null ? "" : manager.strip();
    if (year < 1900 || year > 2999) {
      throw new IllegalArgumentException("implausible year " + year);
    }
  }

  /**
   * Which unit this is across files and years: Förvaltning + Avdelning + Enhet, case and runs of
   * spaces ignored. Resubmissions, Lättversion and the comparison of two years all match on it
   * (SPEC §5, §8).
   */
  public String key() {
    return (administration + "|" + department + "|" + unit).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
