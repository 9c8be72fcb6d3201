package se.kompetensgap.model;

import java.util.List;

/**
 * What a consolidated workbook holds for the next year's run or the next level's roll-up: its
 * year, its goals (table {@code Kompetensmal}), its units (table {@code Underlag}) and its
 * history (table {@code Historik}, empty in workbooks written before issue 13).
 */
public record ConsolidatedData(
    int year, String administration, List<GoalRow> goals, List<UnitReport> units, List<HistoryRow> history) {

  public ConsolidatedData {
    goals = List.copyOf(goals);
    units = List.copyOf(units);
    history = List.copyOf(history);
    administration = administration == null ? "" : administration;
  }

  /** A workbook without a Historik table. */
  public ConsolidatedData(int year, String administration, List<GoalRow> goals, List<UnitReport> units) {
    this(year, administration, goals, units, List.of());
  }

  /** The same workbook with other unit rows (the upward version), its goals and history kept. */
  public ConsolidatedData withUnits(List<UnitReport> other) {
    return new ConsolidatedData(year, administration, goals, other, history);
  }
}
