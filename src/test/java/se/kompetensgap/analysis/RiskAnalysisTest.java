package se.kompetensgap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;

class RiskAnalysisTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();
  static final FocusArea BU = new FocusArea("Barn och unga");
  static final Category MYND = new Category("Socialsekreterare myndighet barn och unga");
  static final Category SC = new Category("Sektionschef");

  static UnitReport unit(String name, List<CategoryRow> rows, RiskAssessment... risks) {
    UnitInfo info = new UnitInfo(2026, "F", BU, "Avd", name, "Chef", LocalDate.of(2026, 10, 1), MappingType.FULL);
    return new UnitReport(name + ".xlsx", info, rows, List.of(risks), List.of());
  }

  static CategoryRow row(Category c, int[] supply, int[] demand2) {
    return new CategoryRow(c, LevelCounts.of(supply), LevelCounts.of(demand2), LevelCounts.of(demand2));
  }

  static RiskAnalysis.Result analyse(List<UnitReport> units) {
    GapReport gaps = GapAnalysis.analyse(units, CONFIG, 2026, "F");
    return RiskAnalysis.analyse(units, gaps, CONFIG);
  }

  @Test
  void countsEachConsequenceAndLikelihoodAndTakesTheMostSeriousAsWorstCase() {
    List<UnitReport> units = List.of(
        unit("Norr", List.of(row(MYND, new int[] {10, 10, 5, 1}, new int[] {5, 10, 10, 5})),
            new RiskAssessment(MYND, Consequence.SERIOUS, Likelihood.MEDIUM, Consequence.LESS_SERIOUS, Likelihood.HIGH, "Stor grupp")),
        unit("Söder", List.of(row(MYND, new int[] {10, 10, 5, 1}, new int[] {5, 10, 10, 5})),
            new RiskAssessment(MYND, Consequence.LESS_SERIOUS, Likelihood.LOW, null, null, "")),
        unit("Öster", List.of(row(MYND, new int[] {1, 1, 1, 1}, new int[] {1, 1, 1, 1})),
            new RiskAssessment(MYND, Consequence.LESS_SERIOUS, Likelihood.LOW, Consequence.NOT_SERIOUS, Likelihood.LOW, "")));
    RiskLine l = analyse(units).line(MYND).orElseThrow();
    assertEquals(0, l.operational().get(Consequence.NOT_SERIOUS));
    assertEquals(2, l.operational().get(Consequence.LESS_SERIOUS));
    assertEquals(1, l.operational().get(Consequence.SERIOUS));
    assertEquals(2, l.operationalLikelihood().get(Likelihood.LOW));
    assertEquals(1, l.operationalLikelihood().get(Likelihood.MEDIUM));
    assertEquals(1, l.workEnvironment().get(Consequence.NOT_SERIOUS), "blank ratings are not counted");
    assertEquals(1, l.workEnvironment().get(Consequence.LESS_SERIOUS));
    assertEquals(1, l.workEnvironmentLikelihood().get(Likelihood.HIGH));
    assertEquals(Optional.of(Consequence.SERIOUS), l.mostSerious());
    assertEquals(Optional.of(Likelihood.HIGH), l.highestLikelihood());
    assertEquals(9, l.score());
    assertEquals(Optional.of(RiskLevel.HIGH), l.judgement());
    // Supply 21,21,11,3 against need 11,21,21,11: 10 short at Hög, 8 at Mycket hög, of 64.
    assertEquals(18.0 / 64, l.shortageShare().getAsDouble(), 1e-12);
    assertEquals(RiskLevel.HIGH, l.indicator());
    assertFalse(l.singlePointOfFailure());
    assertEquals(3, analyse(units).assessments().size());
  }

  @Test
  void flagsASinglePointOfFailureWhereAtMostOnePersonIsAtHighOrAbove() {
    List<UnitReport> units = List.of(unit("Norr", List.of(row(SC, new int[] {2, 3, 1, 0}, new int[] {1, 3, 2, 1})),
        new RiskAssessment(SC, Consequence.NOT_SERIOUS, Likelihood.LOW, Consequence.NOT_SERIOUS, Likelihood.LOW, "")));
    RiskLine l = analyse(units).line(SC).orElseThrow();
    assertTrue(l.singlePointOfFailure());
    assertEquals(Optional.empty(), l.area(), "common categories are reported across areas");
    assertEquals(1, l.score());
    assertEquals(RiskLevel.HIGH, l.indicator(), "2 short at Hög and above of 7 needed is 29 %");
  }

  @Test
  void seedExamplesShowSeriousRiskForMyndighetBarnOchUngaAndAgreeWithTheNumbers() {
    List<UnitReport> units = se.kompetensgap.examples.ExampleFolder.reports();
    RiskAnalysis.Result r = analyse(units);
    RiskLine l = r.line(MYND).orElseThrow();
    assertEquals(Optional.of(Consequence.SERIOUS), l.mostSerious());
    assertEquals(3, l.operational().get(Consequence.SERIOUS), "three units map the category (seed 002: Allvarlig/Hög)");
    assertEquals(RiskLevel.HIGH, l.indicator(), "72 of 200 short at Hög and Mycket hög");
    // Sektionschef: managers say Mindre allvarlig, the numbers a shortage of 18 of 54 at Hög+.
    RiskLine sc = r.line(SC).orElseThrow();
    assertEquals(RiskLevel.HIGH, sc.indicator());
    assertTrue(sc.judgement().orElseThrow().ordinal() < RiskLevel.HIGH.ordinal());
  }

  @ParameterizedTest
  @CsvSource({"1,Låg", "2,Låg", "3,Medel", "4,Medel", "6,Hög", "9,Hög"})
  void scoresFallInTheUsualTrafficLightBands(int score, String label) {
    assertEquals(label, RiskLevel.ofScore(score).label());
  }
}
