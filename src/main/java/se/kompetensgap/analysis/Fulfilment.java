package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.GoalRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.UnitReport;

/**
 * Goal fulfilment (SPEC §5, seed 000 "Utvärdering av kompetensmål"): last year's goals at one
 * horizon against the net change of tillgång since. Lines in report order: each area's
 * categories with a goal and the area total, the common categories, the group total
 * ("socialsekreterare totalt") and the förvaltning. Pure Java.
 *
 * @param year this year
 * @param previousYear the year the goals were set
 * @param horizon the horizon of the goals compared (2 år: the short-term goals, as seed 000)
 */
public record Fulfilment(int year, int previousYear, Horizon horizon, List<FulfilmentLine> lines) {

  public Fulfilment {
    lines = List.copyOf(lines);
  }

  /** The horizon evaluated: the short-term goal, set for two years on, checked after one. */
  public static final Horizon EVALUATED = Horizon.TWO_YEARS;

  /**
   * Like for like (SPEC §5, issue 10): the outcome sums only the units in both years with a full
   * mapping this year. A unit missing or rejected this year is left out of both sides, a new one
   * too; a category only Lättversion units have cannot be measured.
   */
  public static Fulfilment analyse(
      List<UnitReport> current, List<UnitReport> previous, YearBasis basis, int year, int previousYear,
      List<GoalRow> goals, Configuration config) {
    return analyse(current, previous, basis, year, previousYear, goals, config, GapAnalysis.ADMINISTRATION_LINE);
  }

  /** @param totalLabel the last line's label: "Förvaltningen totalt", or a roll-up's "Malmö stad totalt" */
  public static Fulfilment analyse(
      List<UnitReport> current, List<UnitReport> previous, YearBasis basis, int year, int previousYear,
      List<GoalRow> goals, Configuration config, String totalLabel) {
    GapReport now = GapAnalysis.analyse(basis.comparedNow(current), config, year, "");
    GapReport before = GapAnalysis.analyse(basis.comparedBefore(previous), config, previousYear, "");
    Map<YearBasis.Line, Boolean> measurable = basis.measurable(current, previous, config);
    return analyse(now, before, goals, config, l -> measurable.getOrDefault(l, true), totalLabel);
  }

  /** Every unit of both gap reports compared (all measurable); the last line labelled as this year's report's. */
  public static Fulfilment analyse(
      GapReport current, GapReport previous, List<GoalRow> goals, Configuration config) {
    return analyse(current, previous, goals, config, l -> true, current.scope().totalLabel());
  }

  private static Fulfilment analyse(
      GapReport current, GapReport previous, List<GoalRow> goals, Configuration config,
      Predicate<YearBasis.Line> measurable, String totalLabel) {
    Horizon h = EVALUATED;
    List<FulfilmentLine> lines = assemble(config, totalLabel, (kind, area, c) -> line(kind, area, c, goals, h,
        supply(area.isPresent() ? current.category(area.get(), c) : current.common(c)),
        supply(area.isPresent() ? previous.category(area.get(), c) : previous.common(c)),
        measurable.test(new YearBasis.Line(area, c))));
    return new Fulfilment(current.year(), previous.year(), h, lines);
  }

  /** A category's (or common category's) line, if it has one; {@code area} is empty for a common one. */
  interface LineSource {
    Optional<FulfilmentLine> line(LineKind kind, Optional<FocusArea> area, Category c);
  }

  /**
   * The sheet's lines in order: per area its categories and their total, the common categories,
   * the group total (socialsekreterare totalt) and the förvaltning's total over both. The same
   * tree for this year's goals and for the long-term goals of earlier years.
   *
   * @param totalLabel the last line's label ("Förvaltningen totalt", a roll-up's "Malmö stad totalt")
   */
  static List<FulfilmentLine> assemble(Configuration config, String totalLabel, LineSource source) {
    List<FulfilmentLine> lines = new ArrayList<>();
    List<FulfilmentLine> areaTotals = new ArrayList<>();
    for (FocusArea area : config.focusAreas()) {
      List<FulfilmentLine> areaLines = new ArrayList<>();
      for (Category c : config.ownCategories(area)) {
        source.line(LineKind.CATEGORY, Optional.of(area), c).ifPresent(areaLines::add);
      }
      if (!areaLines.isEmpty()) {
        lines.addAll(areaLines);
        FulfilmentLine total = FulfilmentLine.total(LineKind.AREA_TOTAL, Optional.of(area), area.name() + " totalt", areaLines);
        lines.add(total);
        areaTotals.add(total);
      }
    }
    List<FulfilmentLine> common = new ArrayList<>();
    for (Category c : config.commonCategories()) {
      source.line(LineKind.COMMON_CATEGORY, Optional.empty(), c).ifPresent(common::add);
    }
    lines.addAll(common);
    FulfilmentLine group = FulfilmentLine.total(LineKind.GROUP_TOTAL, Optional.empty(), config.groupTotalLabel(), areaTotals);
    lines.add(group);
    List<FulfilmentLine> all = new ArrayList<>(common);
    all.add(group);
    lines.add(FulfilmentLine.total(LineKind.ADMINISTRATION_TOTAL, Optional.empty(), totalLabel, all));
    return lines;
  }

  /** The change counted at each level that has a goal (a level without one is not measured). */
  static LevelCounts countedAtGoalLevels(LevelCounts change, LevelCounts levelGoals) {
    return LevelCounts.of(
        levelGoals.viss() == 0 ? 0 : change.viss(),
        levelGoals.god() == 0 ? 0 : change.god(),
        levelGoals.hog() == 0 ? 0 : change.hog(),
        levelGoals.mycketHog() == 0 ? 0 : change.mycketHog());
  }

  private static LevelCounts supply(Optional<GapLine> line) {
    return line.map(GapLine::supply).orElse(LevelCounts.ZERO);
  }

  /** A category's line, if last year set it a goal at the horizon (rows for it are summed). */
  private static Optional<FulfilmentLine> line(
      LineKind kind, Optional<FocusArea> area, Category c, List<GoalRow> goals, Horizon h, LevelCounts now, LevelCounts before,
      boolean measurable) {
    List<GoalRow> rows =
        goals.stream().filter(g -> g.horizon() == h && g.category().equals(c) && g.area().equals(area)).toList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    int goal = rows.stream().mapToInt(GoalRow::quantitative).sum();
    LevelCounts levelGoals = rows.stream().map(GoalRow::moves).reduce(LevelCounts.ZERO, LevelCounts::plus);
    LevelCounts change = now.minus(before);
    LevelCounts counted = countedAtGoalLevels(change, levelGoals);
    return Optional.of(new FulfilmentLine(kind, area, Optional.of(c), c.name(), goal, change.total(), levelGoals, counted, measurable));
  }

  public List<FulfilmentLine> lines(LineKind kind) {
    return lines.stream().filter(l -> l.kind() == kind).toList();
  }

  public Optional<FulfilmentLine> category(String name) {
    return lines.stream().filter(l -> l.category().map(Category::name).orElse("").equals(name)).findFirst();
  }

  public FulfilmentLine groupTotal() {
    return lines(LineKind.GROUP_TOTAL).get(0);
  }

  public FulfilmentLine administrationTotal() {
    return lines(LineKind.ADMINISTRATION_TOTAL).get(0);
  }
}
