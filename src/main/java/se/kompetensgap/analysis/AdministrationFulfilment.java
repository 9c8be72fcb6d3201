package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import se.kompetensgap.analysis.YearBasis.Standing;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.HistoryRow;
import se.kompetensgap.model.UnitReport;

/**
 * Måluppfyllelse per förvaltning in a roll-up across förvaltningar (issue 13 §5): the
 * quantitative goals each förvaltning set last year at the evaluated horizon (its own rows of
 * Historik for last year) against the net change of tillgång over its units in both years with
 * a full mapping this year (as the organisation's outcome, {@link Fulfilment}). Pure Java: the
 * workbook's formulas are cached from it.
 *
 * @param year this year
 * @param previousYear the year the goals were set
 */
public record AdministrationFulfilment(int year, int previousYear, List<Line> lines) {

  public AdministrationFulfilment {
    lines = List.copyOf(lines);
  }

  /** One förvaltning: the goal it set, the change of its units' tillgång. */
  public record Line(String administration, int goal, int outcome) {
    /** Outcome / goal; empty where the goal is 0 (no percentage, never a division by zero). */
    public OptionalDouble percent() {
      return goal == 0 ? OptionalDouble.empty() : OptionalDouble.of(outcome / (double) goal);
    }
  }

  /**
   * Empty unless this year's units name more than one förvaltning.
   *
   * @param current this year's rows as Underlag holds them
   * @param previous last year's rows as UnderlagFjol holds them
   * @param history the rows of this workbook's Historik
   */
  public static Optional<AdministrationFulfilment> analyse(
      List<UnitReport> current, List<UnitReport> previous, YearBasis basis, List<HistoryRow> history, int year,
      int previousYear) {
    List<String> names = GapAnalysis.administrations(current);
    if (names.size() < 2) {
      return Optional.empty();
    }
    List<Line> lines = new ArrayList<>();
    for (String name : names) {
      int goal = history.stream()
          .filter(r -> r.year() == previousYear && r.administration().equals(name))
          .mapToInt(r -> r.goal(Fulfilment.EVALUATED))
          .sum();
      int now = supply(current, name, basis::current);
      int before = supply(previous, name, basis::previous);
      lines.add(new Line(name, goal, now - before));
    }
    return Optional.of(new AdministrationFulfilment(year, previousYear, lines));
  }

  /** Σ tillgång over the förvaltning's rows compared (in both years, a full mapping this year). */
  private static int supply(List<UnitReport> units, String name, Function<UnitReport, Standing> standing) {
    int sum = 0;
    for (UnitReport u : units) {
      if (u.info().administration().equals(name) && standing.apply(u) == Standing.COMPARED) {
        for (CategoryRow r : u.rows()) {
          sum += r.supply().total();
        }
      }
    }
    return sum;
  }
}
