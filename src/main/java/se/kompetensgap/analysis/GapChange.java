package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.UnitReport;

/**
 * The change of every gap since last year (SPEC §5, "Year-over-year change"): one line per
 * category present in either year, in report order, then socialsekreterare totalt and the
 * förvaltning. Pure Java.
 */
public record GapChange(int year, int previousYear, List<ChangeLine> lines) {

  public GapChange {
    lines = List.copyOf(lines);
  }

  /**
   * Like for like (issue 10): both years' gaps over the units in both years only, Lättversion
   * units included (their behov is revised; their tillgång is last year's, so their part of the
   * change is the change of behov). A missing unit's gap does not vanish, a new one's does not
   * appear.
   */
  public static GapChange analyse(
      List<UnitReport> current, List<UnitReport> previous, YearBasis basis, int year, int previousYear, Configuration config) {
    return analyse(current, previous, basis, year, previousYear, config, GapAnalysis.ADMINISTRATION_LINE);
  }

  /** @param totalLabel the last line's label: "Förvaltningen totalt", or a roll-up's "Malmö stad totalt" */
  public static GapChange analyse(
      List<UnitReport> current, List<UnitReport> previous, YearBasis basis, int year, int previousYear, Configuration config,
      String totalLabel) {
    return analyse(
        GapAnalysis.analyse(basis.bothNow(current), config, year, ""),
        GapAnalysis.analyse(basis.bothBefore(previous), config, previousYear, ""),
        config, totalLabel);
  }

  /** Every unit of both gap reports compared; the last line labelled as this year's report's. */
  public static GapChange analyse(GapReport current, GapReport previous, Configuration config) {
    return analyse(current, previous, config, current.scope().totalLabel());
  }

  private static GapChange analyse(GapReport current, GapReport previous, Configuration config, String totalLabel) {
    List<ChangeLine> lines = new ArrayList<>();
    for (FocusArea area : config.focusAreas()) {
      for (Category c : config.ownCategories(area)) {
        line(LineKind.CATEGORY, Optional.of(area), Optional.of(c), c.name(), previous.category(area, c), current.category(area, c))
            .ifPresent(lines::add);
      }
    }
    for (Category c : config.commonCategories()) {
      line(LineKind.COMMON_CATEGORY, Optional.empty(), Optional.of(c), c.name(), previous.common(c), current.common(c))
          .ifPresent(lines::add);
    }
    line(LineKind.GROUP_TOTAL, Optional.empty(), Optional.empty(), config.groupTotalLabel(),
        Optional.of(previous.groupTotal()), Optional.of(current.groupTotal())).ifPresent(lines::add);
    line(LineKind.ADMINISTRATION_TOTAL, Optional.empty(), Optional.empty(), totalLabel,
        Optional.of(previous.administrationTotal()), Optional.of(current.administrationTotal())).ifPresent(lines::add);
    return new GapChange(current.year(), previous.year(), lines);
  }

  private static Optional<ChangeLine> line(
      LineKind kind, Optional<FocusArea> area, Optional<Category> c, String label, Optional<GapLine> before, Optional<GapLine> after) {
    if (before.isEmpty() && after.isEmpty()) {
      return Optional.empty();
    }
    Map<Horizon, LevelCounts> b = new EnumMap<>(Horizon.class);
    Map<Horizon, LevelCounts> a = new EnumMap<>(Horizon.class);
    for (Horizon h : Horizon.values()) {
      b.put(h, before.map(l -> l.gap(h)).orElse(LevelCounts.ZERO));
      a.put(h, after.map(l -> l.gap(h)).orElse(LevelCounts.ZERO));
    }
    return Optional.of(new ChangeLine(kind, area, c, label, b, a));
  }

  public Optional<ChangeLine> category(String name) {
    return lines.stream().filter(l -> l.category().map(Category::name).orElse("").equals(name)).findFirst();
  }
}
