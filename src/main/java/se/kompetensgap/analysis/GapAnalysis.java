package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.Scope;
import se.kompetensgap.model.UnitReport;

/** Sums the units' mappings into the gap report (SPEC §5). Pure Java: no POI here. */
public final class GapAnalysis {
  private GapAnalysis() {}

  /** Label of the area column on lines that span all areas (common categories). */
  public static final String ALL_AREAS = "Alla fokusområden";

  /** Label of the förvaltning total line (a roll-up's is its {@link Scope#totalLabel}). */
  public static final String ADMINISTRATION_LINE = Scope.ADMINISTRATION_LINE;

  public static GapReport analyse(
      List<UnitReport> units, Configuration config, int year, String administration) {
    return analyse(units, config, year, administration, Scope.ADMINISTRATION);
  }

  /**
   * The förvaltningar the units name, in Swedish alphabetical order (so a roll-up's blocks do
   * not depend on the order of its files); blank names are not one. More than one means a
   * roll-up across förvaltningar (issue 13 §5).
   */
  public static List<String> administrations(List<UnitReport> units) {
    java.util.Set<String> seen = new java.util.TreeSet<>(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE")));
    for (UnitReport u : units) {
      if (!u.info().administration().isBlank()) {
        seen.add(u.info().administration());
      }
    }
    return List.copyOf(seen);
  }

  /**
   * One report per förvaltning, over its own units only, when the units name more than one
   * (a roll-up: the Förvaltning level above Fokusområde); empty otherwise.
   */
  public static List<GapReport> byAdministration(List<UnitReport> units, Configuration config, int year) {
    List<String> names = administrations(units);
    if (names.size() < 2) {
      return List.of();
    }
    List<GapReport> out = new ArrayList<>();
    for (String name : names) {
      List<UnitReport> own = units.stream().filter(u -> u.info().administration().equals(name)).toList();
      out.add(analyse(own, config, year, name, Scope.ADMINISTRATION));
    }
    return out;
  }

  /** @param scope whom the last line speaks of: its label is "Förvaltningen totalt" or "Malmö stad totalt" */
  public static GapReport analyse(
      List<UnitReport> units, Configuration config, int year, String administration, Scope scope) {
    Map<FocusArea, Map<Category, CategoryRow>> byArea = new LinkedHashMap<>();
    Map<Category, CategoryRow> common = new LinkedHashMap<>();
    for (UnitReport unit : units) {
      for (CategoryRow row : unit.rows()) {
        FocusArea area = config.countingArea(row.category(), unit.info().focusArea());
        Map<Category, CategoryRow> target =
            config.isCommon(row.category())
                ? common
                : byArea.computeIfAbsent(area, a -> new LinkedHashMap<>());
        target.merge(row.category(), row, CategoryRow::plus);
      }
    }
    List<GapLine> lines = new ArrayList<>();
    List<GapLine> areaTotals = new ArrayList<>();
    for (FocusArea area : config.focusAreas()) {
      Map<Category, CategoryRow> rows = byArea.getOrDefault(area, Map.of());
      List<GapLine> areaLines = new ArrayList<>();
      for (Category c : config.ownCategories(area)) {
        CategoryRow row = rows.get(c);
        if (row != null) {
          areaLines.add(line(LineKind.CATEGORY, Optional.of(area), row));
        }
      }
      if (!areaLines.isEmpty()) {
        lines.addAll(areaLines);
        GapLine total =
            GapLine.total(LineKind.AREA_TOTAL, Optional.of(area), area.name() + " totalt", areaLines);
        lines.add(total);
        areaTotals.add(total);
      }
    }
    List<GapLine> commonLines = new ArrayList<>();
    for (Category c : config.commonCategories()) {
      CategoryRow row = common.get(c);
      if (row != null) {
        commonLines.add(line(LineKind.COMMON_CATEGORY, Optional.empty(), row));
      }
    }
    lines.addAll(commonLines);
    GapLine group =
        GapLine.total(LineKind.GROUP_TOTAL, Optional.empty(), config.groupTotalLabel(), areaTotals);
    lines.add(group);
    List<GapLine> all = new ArrayList<>(commonLines);
    all.add(group);
    lines.add(GapLine.total(LineKind.ADMINISTRATION_TOTAL, Optional.empty(), scope.totalLabel(), all));
    return new GapReport(year, administration, scope, lines);
  }

  private static GapLine line(LineKind kind, Optional<FocusArea> area, CategoryRow row) {
    Map<Horizon, LevelCounts> demand = new EnumMap<>(Horizon.class);
    for (Horizon h : Horizon.values()) {
      demand.put(h, row.demand(h));
    }
    return GapLine.forCategory(kind, area, row.category(), row.supply(), demand);
  }
}
