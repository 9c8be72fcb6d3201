package se.kompetensgap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.HistoryRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.LevelCounts;

/** The history's analyses with plain numbers: the chain, long-term goals and Koll over time. */
class HistoryAnalysisTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();
  static final FocusArea EB_AREA = new FocusArea("Ekonomiskt bistånd");
  static final Category EB = new Category("Socialsekreterare ekonomiskt bistånd");
  static final Category CHIEF = new Category("Sektionschef");

  static HistoryRow row(int year, Optional<FocusArea> area, Category c, LevelCounts supply, int goal5, LevelCounts moves5, Integer koll) {
    return new HistoryRow(year, area, c, supply, LevelCounts.ZERO, LevelCounts.ZERO, 0, LevelCounts.ZERO, goal5, moves5,
        koll == null ? OptionalInt.empty() : OptionalInt.of(koll));
  }

  @Test
  void seed000sKollCaseIsFlagged() {
    // Seed 000: "Enligt gapanalys utökat med 61. Enligt Koll … minskning med −16."
    List<HistoryRow> h = List.of(
        row(2017, Optional.of(EB_AREA), EB, LevelCounts.of(10, 100, 50, 20), 0, LevelCounts.ZERO, 300),
        row(2018, Optional.of(EB_AREA), EB, LevelCounts.of(10, 161, 50, 20), 0, LevelCounts.ZERO, 284),
        row(2017, Optional.empty(), CHIEF, LevelCounts.of(0, 5, 10, 5), 0, LevelCounts.ZERO, 20),
        row(2018, Optional.empty(), CHIEF, LevelCounts.of(0, 5, 15, 5), 0, LevelCounts.ZERO, 20));
    KollComparison k = KollComparison.analyse(h, 2018, 2017, CONFIG).orElseThrow();
    KollComparison.Line eb = k.lines().get(0);
    assertEquals(61, eb.mappedChange());
    assertEquals(-16, eb.kollChange());
    assertEquals(77, eb.difference());
    assertTrue(k.flagged(eb));
    KollComparison.Line chief = k.lines().get(1);
    assertEquals(5, chief.difference());
    assertFalse(k.flagged(chief), "5 is within the default limit of 10");
    assertEquals(82, k.lines().get(2).difference(), "the total of the compared categories");
  }

  @Test
  void theKollLimitIsReadFromTheConfiguration(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String shipped = Files.readString(Path.of("workbook-templates/konfiguration.txt"), StandardCharsets.UTF_8);
    assertTrue(shipped.contains("Koll avvikelse = 10"), "the setting is in the shipped configuration");
    Configuration strict = ConfigurationParser.parse(shipped.replace("Koll avvikelse = 10", "Koll avvikelse = 3"), "k.txt");
    assertEquals(10, KollComparison.limit(CONFIG));
    assertEquals(3, KollComparison.limit(strict));
    List<HistoryRow> h = List.of(
        row(2017, Optional.empty(), CHIEF, LevelCounts.of(0, 5, 10, 5), 0, LevelCounts.ZERO, 20),
        row(2018, Optional.empty(), CHIEF, LevelCounts.of(0, 5, 15, 5), 0, LevelCounts.ZERO, 20));
    KollComparison k = KollComparison.analyse(h, 2018, 2017, strict).orElseThrow();
    assertTrue(k.flagged(k.lines().get(0)));
  }

  @Test
  void noKollComparisonWithoutAKollFigureInBothYears() {
    List<HistoryRow> h = List.of(
        row(2017, Optional.of(EB_AREA), EB, LevelCounts.of(1, 1, 1, 1), 0, LevelCounts.ZERO, null),
        row(2018, Optional.of(EB_AREA), EB, LevelCounts.of(1, 1, 1, 1), 0, LevelCounts.ZERO, 284));
    assertTrue(KollComparison.analyse(h, 2018, 2017, CONFIG).isEmpty());
  }

  @Test
  void fiveYearGoalsRunUntilTheirTargetYearAndEndThere() {
    // Goals set 2017 "på lång sikt (till 2022)" (seed 000): measured in 2019 (2 of 5 years) and, finally, in 2022.
    HistoryRow set = row(2017, Optional.of(EB_AREA), EB, LevelCounts.of(10, 40, 20, 5), 20, LevelCounts.of(0, 0, 42, 21), null);
    // Seed 000's outcome for Socialsekreterare ekonomiskt bistånd: +12 in total, +31 Hög, +3 Mycket hög.
    HistoryRow in2019 = row(2019, Optional.of(EB_AREA), EB, LevelCounts.of(8, 20, 51, 8), 0, LevelCounts.ZERO, null);
    LongTermFulfilment f = LongTermFulfilment.analyse(List.of(set, in2019), 2019, CONFIG);
    // 2017's 5-year goal runs; its 2-year goal has its target year 2019: final.
    assertEquals(List.of("2017 5 år false", "2017 2 år true"),
        f.sections().stream().map(s -> s.goalYear() + " " + s.horizon().label() + " " + s.isFinal()).sorted(java.util.Comparator.reverseOrder()).toList());
    LongTermFulfilment.Section five = f.sections().stream().filter(s -> s.horizon() == Horizon.FIVE_YEARS).findFirst().orElseThrow();
    FulfilmentLine eb = five.category(EB.name()).orElseThrow();
    assertEquals(20, eb.goal());
    assertEquals(12, eb.outcome(), "87 − 75");
    assertEquals(0.60, eb.percent().getAsDouble(), 1e-12, "seed 000: 60 %");
    assertEquals(31, eb.levelOutcome(se.kompetensgap.model.Level.HOG).getAsInt());
    assertEquals(3, eb.levelOutcome(se.kompetensgap.model.Level.MYCKET_HOG).getAsInt());
    assertEquals(74, Math.round(100 * eb.levelPercent(se.kompetensgap.model.Level.HOG).getAsDouble()), "seed 000: 74 %");
    assertEquals(14, Math.round(100 * eb.levelPercent(se.kompetensgap.model.Level.MYCKET_HOG).getAsDouble()), "seed 000: 14 %");
    assertTrue(eb.levelOutcome(se.kompetensgap.model.Level.GOD).isEmpty(), "no goal at God, no outcome");
    assertEquals(2, five.yearsPassed());
    // In 2023 the 2017 goals have passed: nothing left to show for them.
    HistoryRow in2023 = row(2023, Optional.of(EB_AREA), EB, LevelCounts.of(8, 45, 51, 8), 0, LevelCounts.ZERO, null);
    assertTrue(LongTermFulfilment.analyse(List.of(set, in2023), 2023, CONFIG).sections().isEmpty());
    assertTrue(LongTermFulfilment.analyse(List.of(set, in2023), 2022, CONFIG).sections().get(0).isFinal());
  }

  @Test
  void theChainKeepsEarlierYearsAsTheyStandAndReplacesThisYear() {
    HistoryRow corrected = row(2017, Optional.of(EB_AREA), EB, LevelCounts.of(999, 0, 0, 0), 0, LevelCounts.ZERO, null);
    HistoryRow stale = row(2019, Optional.of(EB_AREA), EB, LevelCounts.of(1, 0, 0, 0), 0, LevelCounts.ZERO, null);
    HistoryRow own = row(2019, Optional.of(EB_AREA), EB, LevelCounts.of(2, 0, 0, 0), 0, LevelCounts.ZERO, null);
    HistoryRow last = row(2018, Optional.of(EB_AREA), EB, LevelCounts.of(3, 0, 0, 0), 0, LevelCounts.ZERO, null);
    assertEquals(List.of(corrected, last, own), History.chain(List.of(corrected, stale, last), List.of(own), 2019));
  }
}
