package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.HistoryRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.LevelCounts;

/**
 * The goals of earlier years that last year's two-year goal does not cover (issue 13 §2): seed
 * 000 sets goals "på kort sikt (till 2019) samt på lång sikt (till 2022)" but evaluates only the
 * short-term ones. For every year of the history whose goal's horizon has not passed, the
 * progress so far (supply now − supply the year the goal was set, against the goal); for goals
 * whose horizon is this year, the final result. The history is per category, so this is
 * measured per category (not over the units present in both years as Måluppfyllelse's first
 * table is). Pure Java.
 *
 * @param year this year
 */
public record LongTermFulfilment(int year, List<Section> sections) {

  public LongTermFulfilment {
    sections = List.copyOf(sections);
  }

  /** The goals set in {@code goalYear} for {@code horizon}, measured this year. */
  public record Section(int goalYear, Horizon horizon, int year, List<FulfilmentLine> lines) {
    public Section {
      lines = List.copyOf(lines);
    }

    public int targetYear() {
      return horizon.targetYear(goalYear);
    }

    /** The goal's horizon is this year: the result is final. */
    public boolean isFinal() {
      return targetYear() == year;
    }

    /** Years since the goal was set (of the horizon's years). */
    public int yearsPassed() {
      return year - goalYear;
    }

    public Optional<FulfilmentLine> category(String name) {
      return lines.stream().filter(l -> l.category().map(Category::name).orElse("").equals(name)).findFirst();
    }

    public FulfilmentLine administrationTotal() {
      return lines.stream().filter(l -> l.kind() == LineKind.ADMINISTRATION_TOTAL).findFirst().orElseThrow();
    }
  }

  /**
   * @param history the chain, this year's own rows included
   */
  public static LongTermFulfilment analyse(List<HistoryRow> history, int year, Configuration config) {
    return analyse(history, year, config, GapAnalysis.ADMINISTRATION_LINE);
  }

  /** @param totalLabel the last line's label: "Förvaltningen totalt", or a roll-up's "Malmö stad totalt" */
  public static LongTermFulfilment analyse(List<HistoryRow> history, int year, Configuration config, String totalLabel) {
    List<Section> sections = new ArrayList<>();
    for (int goalYear : History.years(history)) {
      for (Horizon h : Horizon.values()) {
        boolean open = goalYear < year && year <= h.targetYear(goalYear);
        // Last year's two-year goal is Måluppfyllelse's own first table (SPEC §5).
        boolean evaluatedAbove = h == Fulfilment.EVALUATED && goalYear == year - 1;
        if (open && !evaluatedAbove) {
          section(history, goalYear, h, year, config, totalLabel).ifPresent(sections::add);
        }
      }
    }
    return new LongTermFulfilment(year, sections);
  }

  private static Optional<Section> section(
      List<HistoryRow> history, int goalYear, Horizon h, int year, Configuration config, String totalLabel) {
    List<FulfilmentLine> lines =
        Fulfilment.assemble(config, totalLabel, (kind, area, c) -> line(history, kind, area, c, goalYear, h, year));
    if (lines.stream().noneMatch(l -> l.kind() == LineKind.CATEGORY || l.kind() == LineKind.COMMON_CATEGORY)) {
      return Optional.empty();
    }
    return Optional.of(new Section(goalYear, h, year, lines));
  }

  /** A category's line if the goal year has a row for it; a category gone since counts from 0. */
  private static Optional<FulfilmentLine> line(
      List<HistoryRow> history, LineKind kind, Optional<FocusArea> area, Category c, int goalYear, Horizon h, int year) {
    Optional<HistoryRow> then = History.find(history, goalYear, area, c);
    if (then.isEmpty()) {
      return Optional.empty();
    }
    LevelCounts now = History.find(history, year, area, c).map(HistoryRow::supply).orElse(LevelCounts.ZERO);
    LevelCounts change = now.minus(then.get().supply());
    LevelCounts levelGoals = then.get().moves(h);
    LevelCounts counted = Fulfilment.countedAtGoalLevels(change, levelGoals);
    // Historik has no units, so Lättversion units are in it with their carried supply: measurable as a category.
    return Optional.of(new FulfilmentLine(kind, area, Optional.of(c), c.name(), then.get().goal(h), change.total(), levelGoals, counted, true));
  }
}
