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
          gaps.year(), l.area(), c, l.supply(), l.demand(Horizon.TWO_YEARS), l.demand(Horizon.FIVE_YEARS),
          l.quantitativeGoal(Horizon.TWO_YEARS), l.moves(Horizon.TWO_YEARS),
          l.quantitativeGoal(Horizon.FIVE_YEARS), l.moves(Horizon.FIVE_YEARS),
          koll == null ? OptionalInt.empty() : OptionalInt.of(koll)));
    }
    return rows;
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
          r.year(), r.area(), r.category(), r.supply(), r.demand2(), r.demand5(),
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
    List<HistoryRow> rows = new ArrayList<>();
    previous.stream().filter(r -> r.year() < year).forEach(rows::add);
    rows.addAll(own);
    rows.sort(Comparator.comparingInt(HistoryRow::year));
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
