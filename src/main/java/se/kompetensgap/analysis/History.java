package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.ConsolidatedData;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.GoalRow;
import se.kompetensgap.model.HistoryRow;
import se.kompetensgap.model.Labelled;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.LevelCounts;

/**
 * The history chain (issue 13, SPEC §8): every earlier year's rows as last year's workbook holds
 * them, and this year's own rows. Seed 000 and seed 002 show HR rebuilding the comparison with
 * earlier years from old files every year; the chain makes each workbook carry it. Pure Java.
 */
public final class History {
  private History() {}

  /** This year's rows: one per category line of the gap report, with the goals it sets. */
  public static List<HistoryRow> own(GapReport gaps, Optional<Map<Category, Integer>> headcounts) {
    List<HistoryRow> rows = new ArrayList<>();
    for (GapLine l : gaps.lines()) {
      if (!l.kind().isCategory()) {
        continue;
      }
      Category c = l.category().orElseThrow();
      Integer koll = headcounts.map(h -> h.get(c)).orElse(null);
      rows.add(new HistoryRow(
          gaps.year(), gaps.administration(), l.area(), c, l.supply(), l.demand(Horizon.TWO_YEARS), l.demand(Horizon.FIVE_YEARS),
          l.quantitativeGoal(Horizon.TWO_YEARS), l.moves(Horizon.TWO_YEARS),
          l.quantitativeGoal(Horizon.FIVE_YEARS), l.moves(Horizon.FIVE_YEARS),
          koll == null ? OptionalInt.empty() : OptionalInt.of(koll)));
    }
    return rows;
  }

  /**
   * A roll-up's rows of this year (issue 13 §5): one set per förvaltning, over its own units,
   * with the goals and Koll figure the förvaltning's own Historik gives for this year (the
   * roll-up's Kompetensmal is the organisation's and is not split per förvaltning). A line the
   * förvaltning's Historik lacks keeps the goals its gaps give.
   *
   * @param carried the rows of the workbooks rolled up, each naming its förvaltning
   */
  public static List<HistoryRow> ownPerAdministration(List<GapReport> byAdministration, List<HistoryRow> carried, int year) {
    List<HistoryRow> rows = new ArrayList<>();
    for (GapReport report : byAdministration) {
      String name = report.administration();
      List<HistoryRow> theirs = carried.stream()
          .filter(r -> r.year() == year && Labelled.normalise(r.administration()).equals(Labelled.normalise(name)))
          .toList();
      for (HistoryRow r : own(report, Optional.empty())) {
        Optional<HistoryRow> set = find(theirs, year, r.area(), r.category());
        rows.add(set.map(g -> r.withGoals(g.goal2(), g.moves2(), g.goal5(), g.moves5(), g.koll())).orElse(r));
      }
    }
    return rows;
  }

  /**
   * What each consolidated workbook of a roll-up carries: its history as {@link #ofPrevious}
   * gives it, each row naming its förvaltning (a row without one gets the workbook's).
   */
  public static List<HistoryRow> carried(ConsolidatedData workbook, String administration, Configuration config) {
    return ofPrevious(workbook, config).stream()
        .map(r -> r.administration().isBlank() ? r.withAdministration(administration) : r)
        .toList();
  }

  /**
   * What last year's workbook contributes: its Historik as it stands; a workbook without one
   * (written before issue 13) its own year, from its Underlag and its goals as they stand in
   * Kompetensmal (a goal HR edited there is the goal carried).
   */
  public static List<HistoryRow> ofPrevious(ConsolidatedData previous, Configuration config) {
    if (!previous.history().isEmpty()) {
      return previous.history();
    }
    GapReport gaps = GapAnalysis.analyse(previous.units(), config, previous.year(), previous.administration());
    List<HistoryRow> rows = new ArrayList<>();
    for (HistoryRow r : own(gaps, Optional.empty())) {
      rows.add(new HistoryRow(
          r.year(), r.administration(), r.area(), r.category(), r.supply(), r.demand2(), r.demand5(),
          goal(previous.goals(), r, Horizon.TWO_YEARS).orElse(r.goal2()),
          moves(previous.goals(), r, Horizon.TWO_YEARS).orElse(r.moves2()),
          goal(previous.goals(), r, Horizon.FIVE_YEARS).orElse(r.goal5()),
          moves(previous.goals(), r, Horizon.FIVE_YEARS).orElse(r.moves5()),
          r.koll()));
    }
    return rows;
  }

  /**
   * The chain this year's workbook holds: every row of last year's history of an earlier year
   * (a row of this year or later there would be replaced by this year's own), then this year's.
   * Sorted by year; within a year the rows keep their order.
   */
  public static List<HistoryRow> chain(List<HistoryRow> previous, List<HistoryRow> own, int year) {
    return chain(previous, List.of(), own, year);
  }

  /**
   * As above, in a roll-up: the earlier years the rolled-up workbooks carry come first, as each
   * förvaltning's HR left them; last year's roll-up fills only a year and förvaltning none of
   * them carries (a förvaltning that is not part of this year's roll-up is left out, so that the
   * years compare the same förvaltningar). A row of last year's roll-up that names no
   * förvaltning (the whole organisation's, written before rows named one) stands only for a
   * year no workbook carries, or it would be counted twice.
   */
  public static List<HistoryRow> chain(List<HistoryRow> previous, List<HistoryRow> carried, List<HistoryRow> own, int year) {
    List<HistoryRow> rows = new ArrayList<>();
    carried.stream().filter(r -> r.year() < year).forEach(rows::add);
    if (carried.isEmpty()) {
      previous.stream().filter(r -> r.year() < year).forEach(rows::add);
    } else {
      java.util.Set<String> present = own.stream().map(r -> Labelled.normalise(r.administration())).collect(java.util.stream.Collectors.toSet());
      java.util.Set<String> covered = carried.stream()
          .map(r -> r.year() + "|" + Labelled.normalise(r.administration()))
          .collect(java.util.stream.Collectors.toSet());
      java.util.Set<Integer> carriedYears = carried.stream().map(HistoryRow::year).collect(java.util.stream.Collectors.toSet());
      for (HistoryRow r : previous) {
        String name = Labelled.normalise(r.administration());
        boolean keep = r.year() < year
            && (name.isEmpty()
                ? !carriedYears.contains(r.year())
                : present.contains(name) && !covered.contains(r.year() + "|" + name));
        if (keep) {
          rows.add(r);
        }
      }
    }
    rows.addAll(own);
    rows.sort(Comparator.comparingInt(HistoryRow::year).thenComparing(r -> Labelled.normalise(r.administration())));
    return List.copyOf(rows);
  }

  /** The distinct years of the rows, ascending. */
  public static List<Integer> years(List<HistoryRow> rows) {
    return rows.stream().map(HistoryRow::year).distinct().sorted().toList();
  }

  /** The rows of one year for one line (summed if HR added a second one by hand). */
  static Optional<HistoryRow> find(List<HistoryRow> rows, int year, Optional<FocusArea> area, Category c) {
    return rows.stream().filter(r -> r.year() == year && r.sameCategory(area, c)).reduce(History::plus);
  }

  private static HistoryRow plus(HistoryRow a, HistoryRow b) {
    OptionalInt koll = a.koll().isPresent() || b.koll().isPresent()
        ? OptionalInt.of(a.koll().orElse(0) + b.koll().orElse(0))
        : OptionalInt.empty();
    return new HistoryRow(a.year(), a.area(), a.category(), a.supply().plus(b.supply()), a.demand2().plus(b.demand2()),
        a.demand5().plus(b.demand5()), a.goal2() + b.goal2(), a.moves2().plus(b.moves2()), a.goal5() + b.goal5(),
        a.moves5().plus(b.moves5()), koll);
  }

  private static Optional<Integer> goal(List<GoalRow> goals, HistoryRow r, Horizon h) {
    List<GoalRow> match = matching(goals, r, h);
    return match.isEmpty() ? Optional.empty() : Optional.of(match.stream().mapToInt(GoalRow::quantitative).sum());
  }

  private static Optional<LevelCounts> moves(List<GoalRow> goals, HistoryRow r, Horizon h) {
    List<GoalRow> match = matching(goals, r, h);
    return match.isEmpty() ? Optional.empty() : Optional.of(match.stream().map(GoalRow::moves).reduce(LevelCounts.ZERO, LevelCounts::plus));
  }

  private static List<GoalRow> matching(List<GoalRow> goals, HistoryRow r, Horizon h) {
    return goals.stream().filter(g -> g.horizon() == h && g.category().equals(r.category()) && g.area().equals(r.area())).toList();
  }
}
