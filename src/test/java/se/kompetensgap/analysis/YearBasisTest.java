package se.kompetensgap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.GoalRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;

/** Which units two years are compared on, and what Måluppfyllelse makes of it (issue 10). */
class YearBasisTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();
  static final FocusArea VU = new FocusArea("Vuxna");
  static final Category MV = new Category("Socialsekreterare myndighet vuxna");

  static UnitReport unit(int year, String department, String unit, MappingType type, int hog) {
    UnitInfo info = new UnitInfo(year, "Förvaltningen", VU, department, unit, "", LocalDate.of(year, 9, 1), type);
    LevelCounts supply = LevelCounts.of(1, 1, hog, 1);
    return new UnitReport(unit + ".xlsx", info, List.of(new CategoryRow(MV, supply, supply, supply)), List.of(), List.of());
  }

  @Test
  void unitsMatchOnFörvaltningAvdelningAndEnhetIgnoringCaseAndSpaces() {
    UnitReport before = unit(2017, "Myndighet  vuxna", "Norr", MappingType.FULL, 3);
    UnitReport now = unit(2018, "myndighet vuxna", "NORR", MappingType.FULL, 5);
    YearBasis b = YearBasis.of(List.of(now), List.of(before));
    assertEquals(1, b.compared().size());
    assertEquals(YearBasis.Standing.COMPARED, b.current(now));
    assertEquals(YearBasis.Standing.COMPARED, b.previous(before));
  }

  @Test
  void aMissingUnitIsNoLossANewOneNoGain() {
    List<UnitReport> before = List.of(unit(2017, "A", "Norr", MappingType.FULL, 3), unit(2017, "A", "Söder", MappingType.FULL, 15));
    List<UnitReport> now = List.of(unit(2018, "A", "Norr", MappingType.FULL, 5), unit(2018, "A", "Öster", MappingType.FULL, 9));
    YearBasis b = YearBasis.of(now, before);
    List<GoalRow> goals = List.of(new GoalRow(java.util.Optional.of(VU), MV, Horizon.TWO_YEARS, 10, LevelCounts.of(0, 0, 4, 0)));
    Fulfilment f = Fulfilment.analyse(now, before, b, 2018, 2017, goals, CONFIG);
    FulfilmentLine line = f.category(MV.name()).orElseThrow();
    assertEquals(2, line.outcome(), "Norr's 5 − 3; not 5 + 9 − (3 + 15) = −4");
    assertEquals(2, line.levelOutcome(se.kompetensgap.model.Level.HOG).getAsInt());
    assertEquals(
        "Utfallet bygger på 1 av 3 enheter, de som finns med båda åren (samma förvaltning, avdelning och enhet) med en "
            + "fullständig kartläggning i år. Saknas i år (inte inlämnad eller avvisad, se Inläsning): A / Söder. Nya i år: A / Öster.",
        b.fulfilmentNote());
    assertTrue(b.withoutNames().fulfilmentNote().endsWith("Saknas i år (inte inlämnad eller avvisad, se Inläsning): 1 enhet. Nya i år: 1 enhet."));
  }

  /** A roll-up of upward versions compares their rows, one per avdelning ("Alla enheter"): it says avdelningar. */
  @Test
  void rowsThatEachSumAnAvdelningAreCountedAsAvdelningar() {
    String all = se.kompetensgap.validation.UpwardVersion.ALL_UNITS;
    List<UnitReport> before = List.of(unit(2017, "A", all, MappingType.FULL, 3), unit(2017, "B", all, MappingType.FULL, 15));
    List<UnitReport> now = List.of(unit(2018, "A", all, MappingType.FULL, 5));
    YearBasis b = YearBasis.of(now, before).withoutNames();
    assertTrue(b.fulfilmentNote().startsWith("Utfallet bygger på 1 av 2 avdelningar,"), b.fulfilmentNote());
    assertTrue(b.fulfilmentNote().endsWith("Saknas i år (inte inlämnad eller avvisad, se Inläsning): 1 avdelning."), b.fulfilmentNote());
  }

  @Test
  void aCategoryOnlyLattversionUnitsHaveCannotBeMeasuredAndNeitherCanItsTotals() {
    List<UnitReport> before = List.of(unit(2017, "A", "Norr", MappingType.FULL, 3));
    List<UnitReport> now = List.of(unit(2018, "A", "Norr", MappingType.LIGHT, 3));
    YearBasis b = YearBasis.of(now, before);
    List<GoalRow> goals = List.of(new GoalRow(java.util.Optional.of(VU), MV, Horizon.TWO_YEARS, 10, LevelCounts.of(0, 0, 4, 0)));
    Fulfilment f = Fulfilment.analyse(now, before, b, 2018, 2017, goals, CONFIG);
    FulfilmentLine line = f.category(MV.name()).orElseThrow();
    assertFalse(line.measurable());
    assertTrue(line.percent().isEmpty(), "not 0 %");
    assertFalse(f.groupTotal().measurable());
    assertFalse(f.administrationTotal().measurable());
    assertTrue(b.changeNote().startsWith("Jämförelsen bygger på 1 av 1 enhet"), b.changeNote());
  }
}
