package se.kompetensgap.model;

import java.util.List;

/**
 * What a consolidated workbook holds for the next year's run or the next level's roll-up: its
 * year, its goals (table {@code Kompetensmal}) and its units (table {@code Underlag}).
 */
public record ConsolidatedData(int year, String administration, List<GoalRow> goals, List<UnitReport> units) {

  public ConsolidatedData {
    goals = List.copyOf(goals);
    units = List.copyOf(units);
    administration = administration == null ? "" : administration;
  }
}
