package se.kompetensgap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.GoalRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;

class FulfilmentTest {

  private final Configuration config = ConfigurationParser.defaults();
  private static final FocusArea VUXNA = new FocusArea("Vuxna");
  private static final Category MV = new Category("Socialsekreterare myndighet vuxna");
  private static final Category SR = new Category("Socialsekreterare stöd och råd vuxna");
  private static final Category SC = new Category("Sektionschef");

  private static UnitReport unit(int year, CategoryRow... rows) {
    return new UnitReport("u.xlsx", new UnitInfo(year, "F", VUXNA, "A", "E", "", LocalDate.of(year, 1, 1), MappingType.FULL),
        List.of(rows), List.of(), List.of());
  }

  private static CategoryRow row(Category c, int... supply) {
    return new CategoryRow(c, LevelCounts.of(supply), LevelCounts.ZERO, LevelCounts.ZERO);
  }

  private Fulfilment fulfilment(List<GoalRow> goals) {
    GapReport before = GapAnalysis.analyse(List.of(unit(2017, row(MV, 5, 10, 10, 5), row(SR, 2, 2, 2, 2), row(SC, 1, 1, 1, 1))), config, 2017, "F");
    GapReport after = GapAnalysis.analyse(List.of(unit(2018, row(MV, 3, 12, 15, 4), row(SR, 2, 2, 9, 4), row(SC, 1, 1, 1, 1))), config, 2018, "F");
    return Fulfilment.analyse(after, before, goals, config);
  }

  @Test
  void outcomeIsTheNetChangeOfSupplyAndCountsOnlyLevelsWithAGoal() {
    // Seed 000, myndighet vuxna: goal +11, 15 to Hög, 7 to Mycket hög.
    Fulfilment f = fulfilment(List.of(
        new GoalRow(Optional.of(VUXNA), MV, Horizon.TWO_YEARS, 11, LevelCounts.of(0, 0, 15, 7)),
        new GoalRow(Optional.of(VUXNA), MV, Horizon.FIVE_YEARS, 99, LevelCounts.of(9, 9, 9, 9))));
    FulfilmentLine mv = f.category(MV.name()).orElseThrow();
    assertEquals(11, mv.goal(), "the 2-year goal, not the 5-year one");
    assertEquals(34 - 30, mv.outcome());
    assertEquals(4.0 / 11, mv.percent().getAsDouble(), 1e-12);
    assertTrue(mv.levelOutcome(Level.GOD).isEmpty(), "God changed by +2 but had no goal");
    assertEquals(5, mv.levelOutcome(Level.HOG).getAsInt());
    assertEquals(-1, mv.levelOutcome(Level.MYCKET_HOG).getAsInt());
    assertEquals(4, mv.movesOutcome(), "5 + (−1): the God change is not counted");
    assertEquals(22, mv.movesGoal());
  }

  @Test
  void aGoalOfZeroGivesNoPercentage() {
    Fulfilment f = fulfilment(List.of(new GoalRow(Optional.of(VUXNA), SR, Horizon.TWO_YEARS, 0, LevelCounts.of(0, 0, 7, 0))));
    FulfilmentLine sr = f.category(SR.name()).orElseThrow();
    assertFalse(sr.percent().isPresent());
    assertEquals(9, sr.outcome());
    assertEquals(1.0, sr.levelPercent(Level.HOG).getAsDouble(), 1e-12);
    assertFalse(sr.levelPercent(Level.MYCKET_HOG).isPresent());
  }

  @Test
  void totalsSumTheCategoriesAndTheCommonCategoryStandsApart() {
    Fulfilment f = fulfilment(List.of(
        new GoalRow(Optional.of(VUXNA), MV, Horizon.TWO_YEARS, 11, LevelCounts.of(0, 0, 15, 7)),
        new GoalRow(Optional.of(VUXNA), SR, Horizon.TWO_YEARS, 16, LevelCounts.of(0, 0, 11, 11)),
        new GoalRow(Optional.empty(), SC, Horizon.TWO_YEARS, 10, LevelCounts.of(0, 0, 12, 12))));
    assertEquals(List.of(LineKind.CATEGORY, LineKind.CATEGORY, LineKind.AREA_TOTAL, LineKind.COMMON_CATEGORY,
        LineKind.GROUP_TOTAL, LineKind.ADMINISTRATION_TOTAL), f.lines().stream().map(FulfilmentLine::kind).toList());
    FulfilmentLine group = f.groupTotal();
    assertEquals(27, group.goal());
    assertEquals(4 + 9, group.outcome());
    assertEquals(44, group.movesGoal());
    assertEquals(4 + 9, group.movesOutcome());
    assertEquals(37, f.administrationTotal().goal());
    assertEquals(0, f.category(SC.name()).orElseThrow().outcome());
    assertEquals(0.0, f.category(SC.name()).orElseThrow().percent().getAsDouble());
  }

  @Test
  void categoriesWithoutAGoalAreLeftOut() {
    Fulfilment f = fulfilment(List.of());
    assertTrue(f.lines(LineKind.CATEGORY).isEmpty());
    assertEquals(0, f.administrationTotal().goal());
    assertFalse(f.administrationTotal().percent().isPresent());
  }
}
