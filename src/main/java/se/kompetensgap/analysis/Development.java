package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.HistoryRow;
import se.kompetensgap.model.LevelCounts;

/**
 * Utveckling (issue 13): supply per year from the history chain, in total and at Hög + Mycket
 * hög, per category, per focus area and for the förvaltning. Lines in report order, as on
 * Kompetensgap. Pure Java; the sheet's formulas over Historik cache these numbers.
 */
public record Development(List<Integer> years, List<Line> lines, List<Line> administrations) {

  /**
   * @param administrations in a history that names more than one förvaltning (a roll-up, issue 13
   *     §5), one line per förvaltning with all its categories; empty otherwise
   */
  public Development {
    years = List.copyOf(years);
    lines = List.copyOf(lines);
    administrations = List.copyOf(administrations);
  }

  /** One line: supply per year (index as {@link #years}), in total and at Hög + Mycket hög. */
  public record Line(LineKind kind, Optional<FocusArea> area, Optional<Category> category, String label,
      List<Integer> total, List<Integer> high) {
    public Line {
      Objects.requireNonNull(kind, "kind");
      total = List.copyOf(total);
      high = List.copyOf(high);
      if (total.size() != high.size()) {
        throw new IllegalArgumentException("years differ in " + label);
      }
    }
  }

  /** @param totalLabel the last line's label: "Förvaltningen totalt", or a roll-up's "Malmö stad totalt" */
  public static Development analyse(List<HistoryRow> history, Configuration config, String totalLabel) {
    List<Integer> years = History.years(history);
    List<Line> lines = new ArrayList<>();
    List<Line> areaTotals = new ArrayList<>();
    for (FocusArea area : config.focusAreas()) {
      List<Line> areaLines = new ArrayList<>();
      for (Category c : config.ownCategories(area)) {
        line(history, years, LineKind.CATEGORY, Optional.of(area), c).ifPresent(areaLines::add);
      }
      if (!areaLines.isEmpty()) {
        lines.addAll(areaLines);
        Line total = total(LineKind.AREA_TOTAL, Optional.of(area), area.name() + " totalt", areaLines, years.size());
        lines.add(total);
        areaTotals.add(total);
      }
    }
    List<Line> common = new ArrayList<>();
    for (Category c : config.commonCategories()) {
      line(history, years, LineKind.COMMON_CATEGORY, Optional.empty(), c).ifPresent(common::add);
    }
    lines.addAll(common);
    Line group = total(LineKind.GROUP_TOTAL, Optional.empty(), config.groupTotalLabel(), areaTotals, years.size());
    lines.add(group);
    List<Line> all = new ArrayList<>(common);
    all.add(group);
    lines.add(total(LineKind.ADMINISTRATION_TOTAL, Optional.empty(), totalLabel, all, years.size()));
    return new Development(years, lines, perAdministration(history, years));
  }

  /** Each förvaltning's supply per year, all its categories, when the history names more than one. */
  private static List<Line> perAdministration(List<HistoryRow> history, List<Integer> years) {
    List<String> names = history.stream().map(HistoryRow::administration).filter(a -> !a.isBlank()).distinct().sorted().toList();
    if (names.size() < 2) {
      return List.of();
    }
    List<Line> out = new ArrayList<>();
    for (String name : names) {
      List<Integer> total = new ArrayList<>();
      List<Integer> high = new ArrayList<>();
      for (int y : years) {
        LevelCounts s = history.stream()
            .filter(r -> r.year() == y && r.administration().equals(name))
            .map(HistoryRow::supply)
            .reduce(LevelCounts.ZERO, LevelCounts::plus);
        total.add(s.total());
        high.add(high(s));
      }
      out.add(new Line(LineKind.ADMINISTRATION_TOTAL, Optional.empty(), Optional.empty(), name, total, high));
    }
    return out;
  }

  public Line administrationTotal() {
    return lines.stream().filter(l -> l.kind() == LineKind.ADMINISTRATION_TOTAL).findFirst().orElseThrow();
  }

  public List<Line> lines(LineKind kind) {
    return lines.stream().filter(l -> l.kind() == kind).toList();
  }

  /** Supply at Hög and Mycket hög: the staff who carry the complex work (seed 002). */
  public static int high(LevelCounts supply) {
    return supply.hog() + supply.mycketHog();
  }

  /** A category's line, if any year of the history has it. */
  private static Optional<Line> line(List<HistoryRow> history, List<Integer> years, LineKind kind, Optional<FocusArea> area, Category c) {
    if (history.stream().noneMatch(r -> r.sameCategory(area, c))) {
      return Optional.empty();
    }
    List<Integer> total = new ArrayList<>();
    List<Integer> high = new ArrayList<>();
    for (int y : years) {
      LevelCounts s = History.find(history, y, area, c).map(HistoryRow::supply).orElse(LevelCounts.ZERO);
      total.add(s.total());
      high.add(high(s));
    }
    return Optional.of(new Line(kind, area, Optional.of(c), c.name(), total, high));
  }

  private static Line total(LineKind kind, Optional<FocusArea> area, String label, List<Line> parts, int n) {
    int[] total = new int[n];
    int[] high = new int[n];
    for (Line p : parts) {
      for (int i = 0; i < n; i++) {
        total[i] += p.total().get(i);
        high[i] += p.high().get(i);
      }
    }
    return new Line(kind, area, Optional.empty(), label,
        java.util.Arrays.stream(total).boxed().toList(), java.util.Arrays.stream(high).boxed().toList());
  }
}
