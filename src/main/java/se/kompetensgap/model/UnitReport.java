package se.kompetensgap.model;

import java.util.List;
import java.util.Objects;

/** Everything read from one manager's workbook. */
public record UnitReport(
    String source,
    UnitInfo info,
    List<CategoryRow> rows,
    List<RiskAssessment> risks,
    List<Activity> activities) {

  public UnitReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(info, "info");
    rows = List.copyOf(rows);
    risks = List.copyOf(risks);
    activities = List.copyOf(activities);
  }
}
