package se.kompetensgap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;

class GapAnalysisTest {

  private final Configuration config = ConfigurationParser.defaults();

  @Test
  void reproducesSeed2019GapsGoalsAndDistributionFromTheExampleUnits() {
    GapReport report = GapAnalysis.analyse(ExampleFolder.reports(), config, 2026, "ASF");
    for (Map.Entry<String, int[][]> e : Seed2019.GAPS.entrySet()) {
      GapLine line = line(report, e.getKey());
      for (Horizon h : Horizon.values()) {
        int[] seed = e.getValue()[h.ordinal()];
        for (Level l : Level.values()) {
          assertEquals(seed[l.ordinal()], line.gap(h).get(l), e.getKey() + " " + h.label() + " " + l.label());
          assertEquals(Math.max(0, -seed[l.ordinal()]), line.moves(h).get(l), "förflyttning " + e.getKey());
        }
        assertEquals(seed[4], line.gapTotal(h), e.getKey() + " total " + h.label());
        assertEquals(Seed2019.QUANTITATIVE_GOALS.get(e.getKey())[h.ordinal()], line.quantitativeGoal(h));
      }
      int[] pct = Seed2019.DISTRIBUTION.get(e.getKey());
      for (Level l : Level.values()) {
        double share = line.distribution(Horizon.TWO_YEARS, l).orElseThrow();
        assertEquals(pct[l.ordinal()], Math.round(share * 100), "fördelning " + e.getKey() + " " + l.label());
      }
    }
  }

  private static GapLine line(GapReport report, String category) {
    return report.lines().stream()
        .filter(l -> l.kind().isCategory() && l.label().equals(category))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + category));
  }

  @Test
  void totalsAddMovesPerCategoryNotTheShortfallOfTheSummedGap() {
    // Two categories in one area: a surplus at Hög in one does not fill the other's shortage.
    UnitReport unit =
        unit("Vuxna", "Enhet 1",
            row("Socialsekreterare myndighet vuxna", LevelCounts.of(0, 0, 5, 0), LevelCounts.of(0, 0, 2, 0)),
            row("Socialsekreterare stöd och råd vuxna", LevelCounts.of(0, 0, 0, 0), LevelCounts.of(0, 0, 3, 0)));
    GapReport report = GapAnalysis.analyse(List.of(unit), config, 2026, "");
    GapLine area = report.areaTotal(new FocusArea("Vuxna")).orElseThrow();
    assertEquals(0, area.gap(Horizon.TWO_YEARS).hog());
    assertEquals(3, area.moves(Horizon.TWO_YEARS).hog());
    assertEquals(3, report.groupTotal().moves(Horizon.TWO_YEARS).hog());
    assertEquals(3, report.administrationTotal().moves(Horizon.TWO_YEARS).total());
  }

  @Test
  void commonCategoriesAreSummedAcrossAreasBeforeTheirMovesAreTaken() {
    UnitReport a = unit("Vuxna", "A", row("Sektionschef", LevelCounts.of(0, 0, 2, 0), LevelCounts.of(0, 0, 1, 0)));
    UnitReport b = unit("Barn och unga", "B", row("Sektionschef", LevelCounts.of(0, 0, 0, 0), LevelCounts.of(0, 0, 1, 0)));
    GapReport report = GapAnalysis.analyse(List.of(a, b), config, 2026, "");
    GapLine chefs = report.common(new Category("Sektionschef")).orElseThrow();
    assertEquals(0, chefs.gap(Horizon.TWO_YEARS).hog());
    assertEquals(0, chefs.moves(Horizon.TWO_YEARS).hog());
    assertTrue(report.areaTotal(new FocusArea("Vuxna")).isEmpty(), "no own categories, no area line");
    assertEquals(2, report.administrationTotal().supply().total());
  }

  @Test
  void anAreaWithoutNeedHasNoDistribution() {
    UnitReport a = unit("Vuxna", "A", row("Socialpedagog vuxna", LevelCounts.of(1, 0, 0, 0), LevelCounts.ZERO));
    GapLine line = GapAnalysis.analyse(List.of(a), config, 2026, "").lines().get(0);
    assertTrue(line.distribution(Horizon.TWO_YEARS, Level.VISS).isEmpty());
  }

  static CategoryRow row(String category, LevelCounts supply, LevelCounts demand) {
    return new CategoryRow(new Category(category), supply, demand, demand);
  }

  static UnitReport unit(String area, String name, CategoryRow... rows) {
    UnitInfo info = new UnitInfo(2026, "ASF", new FocusArea(area), "Avd", name, "Chef", LocalDate.of(2026, 10, 1), MappingType.FULL);
    return new UnitReport(name + ".xlsx", info, new ArrayList<>(List.of(rows)), List.of(), List.of());
  }
}
