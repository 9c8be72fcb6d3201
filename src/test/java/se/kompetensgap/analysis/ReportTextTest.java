package se.kompetensgap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.report.ReportWorkbook.FulfilmentRow;
import se.kompetensgap.model.report.ReportWorkbook.GoalRow;
import se.kompetensgap.model.report.ReportWorkbook.KollRow;
import se.kompetensgap.model.report.ReportWorkbook.KollTable;
import se.kompetensgap.model.report.ReportWorkbook.LongTermRow;
import se.kompetensgap.model.report.ReportWorkbook.LongTermTable;
import se.kompetensgap.model.report.ReportWorkbook.RiskRow;
import se.kompetensgap.model.report.ReportWorkbook.RowKind;

class ReportTextTest {

  static final String NBSP = "\u00a0";

  @Test
  void seed2019DistributionOfSektionschefInWholePercent() {
    // Seed 002, Sektionschef: behov 2 år 4, 15, 27, 8 of 54 → "Viss: 7% God: 28% Hög: 50% Mycket hög: 15%".
    List<Double> shares = List.of(4 / 54.0, 15 / 54.0, 27 / 54.0, 8 / 54.0);
    assertEquals("Viss: 7" + NBSP + "%, God: 28" + NBSP + "%, Hög: 50" + NBSP + "%, Mycket hög: 15" + NBSP + "%",
        ReportText.distribution(shares));
  }

  @Test
  void everySeedDistributionAddsUpTo100() {
    for (Map.Entry<String, int[]> e : Seed2019.DISTRIBUTION.entrySet()) {
      List<Double> shares = Arrays.stream(e.getValue()).mapToObj(v -> (double) v).toList();
      assertEquals(100, Arrays.stream(ReportText.wholePercent(shares)).sum(), e.getKey());
      assertTrue(Arrays.equals(e.getValue(), ReportText.wholePercent(shares)), e.getKey());
    }
    // Thirds round to 33 + 33 + 34, never 99.
    assertEquals(100, Arrays.stream(ReportText.wholePercent(List.of(1.0, 1.0, 1.0, 0.0))).sum());
  }

  /** Seed 002's "Det innebär att förflyttningar behöver göras från … till …", from the gaps (2 år). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "9|5|-14|-4|Det innebär att förflyttningar behöver göras från viss- och god nivå till hög- och mycket hög nivå.",
    "0|3|-3|-1|Det innebär att förflyttningar behöver göras från god nivå till hög- och mycket hög nivå.",
    "3|-3|-7|4|Det innebär att förflyttningar behöver göras från viss nivå till god- och hög nivå. Därutöver finns ett överskott på mycket hög nivå.",
    "-1|9|-4|-5|Det innebär att förflyttningar behöver göras från god nivå till hög- och mycket hög nivå. Därutöver finns en brist på viss nivå.",
    "0|0|-2|-1|Det innebär att kompetens behöver tillföras på hög- och mycket hög nivå, genom utveckling eller rekrytering.",
    "-2|1|0|0|Det innebär att det finns en brist på viss nivå och ett överskott på god nivå.",
    "1|0|0|0|Tillgången täcker behovet på varje nivå, så inga förflyttningar behövs.",
  })
  void directionOfTheMoves(int viss, int god, int hog, int mycketHog, String expected) {
    assertEquals(expected, ReportText.direction(List.of(viss, god, hog, mycketHog)));
  }

  /** Seed 000's slips: 7 of 11 is 64 % (seed: 70 %), 20 of 11 is 182 % (180 %), 19 of 17 is 112 % (127 %). */
  @ParameterizedTest
  @CsvSource({"7, 11, 64", "20, 11, 182", "19, 17, 112", "12, 20, 60", "-3, 7, −43"})
  void percentOfTheGoalIsComputed(int outcome, int goal, String percent) {
    assertEquals(percent + NBSP + "%", ReportText.percentOf(outcome, goal));
  }

  @Test
  void singularForOne() {
    assertEquals("1 person", ReportText.people(1));
    assertEquals("2 personer", ReportText.people(2));
    assertEquals("1 aktivitet", ReportText.activities(1));
    assertEquals("utöka med 1 person", ReportText.quantitative(1));
    assertEquals("minska med 1 person", ReportText.quantitative(-1));
    assertEquals("ingen kvantitativ förändring", ReportText.quantitative(0));
    List<String> one = ReportText.gapComment(List.of(new ReportText.Moves("Sektionschef", 1)), 0.25, 1, 1);
    String text = String.join(" ", one);
    assertTrue(text.contains("yrkeskategorin sektionschef, där 1 förflyttning behövs"), text);
    assertTrue(text.contains("1 fler medarbetare") || text.contains("sammantaget 1 "), text);
    assertFalse(text.contains("stora kompetensgap"), "one move is no large gap: " + text);
    String goals = String.join(" ", ReportText.goalsComment(1, 1, 1, List.of(new ReportText.Moves("Sektionschef", 1)), 0.25));
    assertTrue(goals.contains("totalt 1 kompetensförflyttning på 2 års sikt"), goals);
    assertTrue(goals.contains("inom yrkeskategorin sektionschef"), goals);
  }

  @Test
  void aLargeGapNeedsEnoughMovesNotOnlyAShareOfTheLargest() {
    // Largest 4 moves: 25 % of it is 1, but 1–3 moves are no "stort kompetensgap".
    List<ReportText.Moves> moves = List.of(new ReportText.Moves("A", 4), new ReportText.Moves("B", 3), new ReportText.Moves("C", 1));
    String text = String.join(" ", ReportText.gapComment(moves, 0.25, 0, 0));
    assertFalse(text.contains("stora kompetensgap"), text);
    assertTrue(text.contains("Mindre kompetensgap finns hos b och c."), text);
    // With real numbers the share applies: 18 of 72 (25 %) is large, 10 is not.
    List<ReportText.Moves> seed = List.of(new ReportText.Moves("Socialsekreterare myndighet barn och unga", 72),
        new ReportText.Moves("Sektionschef", 18), new ReportText.Moves("Socialsekreterare familjehem", 10));
    String s = String.join(" ", ReportText.gapComment(seed, 0.25, 29, 83));
    assertTrue(s.contains("Även inom yrkeskategorin sektionschef (18) finns stora kompetensgap"), s);
    assertTrue(s.contains("Mindre kompetensgap finns hos socialsekreterare familjehem."), s);
    assertTrue(s.contains("29 fler medarbetare på 2 års sikt och 83 fler medarbetare på 5 års sikt"), s);
  }

  @Test
  void tiesAreNamedAsTies() {
    List<ReportText.Moves> moves = List.of(new ReportText.Moves("Sektionschef", 12), new ReportText.Moves("Socialpedagog vuxna", 12));
    String text = String.join(" ", ReportText.gapComment(moves, 0.25, 0, 0));
    assertTrue(text.contains("lika stort inom yrkeskategorierna sektionschef och socialpedagog vuxna, där 12 förflyttningar behövs i varje"), text);
    assertFalse(text.contains("som störst inom yrkeskategorin"), text);
  }

  @Test
  void fulfilmentCellsInSeed000Style() {
    // Seed 000, Socialsekreterare ekonomiskt bistånd: goal +20, 42 to Hög, 21 to Mycket hög; outcome +12, +31, +3.
    FulfilmentRow eb = new FulfilmentRow("Ekonomiskt bistånd", "Socialsekreterare ekonomiskt bistånd", RowKind.CATEGORY, 20,
        OptionalInt.of(12), List.of(0, 0, 42, 21), List.of(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(31), OptionalInt.of(3)));
    assertEquals(List.of("Kvantitativt: till 2019 utöka med 20 personer", "Kompetensförflyttningar:", "42 till hög nivå", "21 till mycket hög nivå"),
        ReportText.fulfilmentGoal(eb, 2019));
    assertEquals(List.of("Utökat med 12 (60" + NBSP + "% av målet)", "Kompetensförflyttningar:", "31 till hög nivå (74" + NBSP + "% av målet)",
        "3 till mycket hög nivå (14" + NBSP + "% av målet)"), ReportText.fulfilmentOutcome(eb));
    // Samtal och behandling: −2, −3 from Hög: a decrease is written as one.
    FulfilmentRow sb = new FulfilmentRow("Barn och unga", "Socialsekreterare samtal och behandling", RowKind.CATEGORY, 5,
        OptionalInt.of(-2), List.of(0, 0, 7, 3), List.of(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(-3), OptionalInt.of(-2)));
    List<String> out = ReportText.fulfilmentOutcome(sb);
    assertEquals("Minskat med 2 (−40" + NBSP + "% av målet)", out.get(0));
    assertEquals("3 färre på hög nivå (−43" + NBSP + "% av målet)", out.get(2));
    // A goal of 0 gives no percentage; an outcome the workbook cannot give is not 0.
    FulfilmentRow zero = new FulfilmentRow("", "X", RowKind.CATEGORY, 0, OptionalInt.empty(), List.of(0, 0, 0, 0),
        List.of(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty()));
    assertEquals(List.of("Kan inte mätas"), ReportText.fulfilmentOutcome(zero));
    assertEquals(List.of("Kvantitativt: till 2019 ingen kvantitativ förändring", "Inga kompetensförflyttningar"), ReportText.fulfilmentGoal(zero, 2019));
  }

  @Test
  void riskValueIsTheMostCommonAnswerTiesToTheMoreSerious() {
    assertEquals("Mindre allvarlig", ReportText.riskValue(List.of(0, 14, 0), true));
    assertEquals("Låg (11 av 14 enheter)", ReportText.riskValue(List.of(11, 3, 0), false));
    assertEquals("Hög (1 av 2 enheter)", ReportText.riskValue(List.of(0, 1, 1), false));
    assertEquals("Ej bedömd", ReportText.riskValue(List.of(0, 0, 0), true));
    RiskRow one = new RiskRow("Vuxna", "Socialpedagog vuxna", List.of(1, 0, 0), List.of(1, 0, 0), List.of(1, 0, 0), List.of(1, 0, 0));
    assertEquals(List.of("För socialpedagog vuxna bedöms riskerna inte som allvarliga."), ReportText.riskComment(List.of(one)));
  }

  @Test
  void goalCommentForOneCategory() {
    GoalRow two = new GoalRow("Alla fokusområden", "Sektionschef", Horizon.TWO_YEARS, 2028, -4, 4, List.of(0, 0, 14, 4));
    GoalRow five = new GoalRow("Alla fokusområden", "Sektionschef", Horizon.FIVE_YEARS, 2031, -9, 9, List.of(0, 0, 16, 5));
    List<String> c = ReportText.goalComment(two, five, List.of(4 / 54.0, 15 / 54.0, 27 / 54.0, 8 / 54.0), List.of(9, 5, -14, -4));
    assertEquals("Kvantitativt mål: utöka med 4 personer på 2 års sikt (till 2028) och utöka med 9 personer på 5 års sikt (till 2031).", c.get(0));
    assertTrue(c.get(1).endsWith("Viss: 7" + NBSP + "%, God: 28" + NBSP + "%, Hög: 50" + NBSP + "%, Mycket hög: 15" + NBSP + "%."), c.get(1));
    assertEquals("Kompetensförflyttningar på 2 års sikt: 14 till hög nivå och 4 till mycket hög nivå; på 5 års sikt: 16 till hög nivå och 5 till mycket hög nivå.", c.get(2));
    assertEquals("Det innebär att förflyttningar behöver göras från viss- och god nivå till hög- och mycket hög nivå.", c.get(3));
  }

  // --- earlier years' goals and Koll (issue 13) ---

  static LongTermTable section(int set, int target, int outcomeYear, int goal, Integer outcome, int movesGoal, Integer movesOutcome) {
    OptionalInt o = outcome == null ? OptionalInt.empty() : OptionalInt.of(outcome);
    OptionalInt m = movesOutcome == null ? OptionalInt.empty() : OptionalInt.of(movesOutcome);
    return new LongTermTable(set, target, outcomeYear, target == outcomeYear, List.of(
        new LongTermRow("Vuxna", "Socialpedagog vuxna", RowKind.CATEGORY, goal, o, movesGoal, m),
        new LongTermRow("", "Förvaltningen totalt", RowKind.TOTAL, goal, o, movesGoal, m)));
  }

  @Test
  void theBriefsSentenceForAFiveYearGoalSoFar() {
    assertEquals("Målet för 2029 sattes 2024. Hittills har tillgången ökat med 12 av 20, 60" + NBSP + "% av målet. "
        + "Av 35 kompetensförflyttningar har hittills 10 gjorts, 29" + NBSP + "% av målet.",
        ReportText.longTermSummary(section(2024, 2029, 2026, 20, 12, 35, 10)));
  }

  @Test
  void aFinalResultIsInThePastTenseAndOneMoveIsSingular() {
    assertEquals("Målet för 2026 sattes 2024, och 2026 är målåret: det här är slutresultatet. Tillgången minskade med 3 av 4, "
        + "75" + NBSP + "% av målet. Av 1 kompetensförflyttning gjordes 1, 100" + NBSP + "% av målet.",
        ReportText.longTermSummary(section(2024, 2026, 2026, -4, -3, 1, 1)));
  }

  @Test
  void anOutcomeAgainstTheGoalsDirectionSaysSo() {
    assertEquals("Målet för 2030 sattes 2025. Hittills har tillgången i stället minskat med 2; målet är att utöka med 1 person "
        + "(" + ReportText.MINUS + "200" + NBSP + "% av målet). Av 5 kompetensförflyttningar har hittills inga gjorts; i stället har "
        + "kompetensnivåerna sjunkit (" + ReportText.MINUS + "40" + NBSP + "% av målet).",
        ReportText.longTermSummary(section(2025, 2030, 2026, 1, -2, 5, -2)));
    assertEquals("Målet för 2030 sattes 2025. Hittills är tillgången oförändrad; målet är att minska med 2 personer.",
        ReportText.longTermSummary(section(2025, 2030, 2026, -2, 0, 0, 0)));
    assertEquals("Målet för 2030 sattes 2025. Hittills har tillgången ökat med 3, fast målet är ingen kvantitativ förändring.",
        ReportText.longTermSummary(section(2025, 2030, 2026, 0, 3, 0, null)));
  }

  @Test
  void withoutTheForvaltningsLineOnlyTheYearsAreSaid() {
    LongTermTable t = new LongTermTable(2024, 2029, 2026, false, List.of(
        new LongTermRow("Vuxna", "Socialpedagog vuxna", RowKind.CATEGORY, 4, OptionalInt.of(2), 3, OptionalInt.of(1))));
    assertEquals("Målet för 2029 sattes 2024.", ReportText.longTermSummary(t));
    assertEquals("Mål på 5 års sikt, satta 2024 (till 2029): delresultat 2026, efter 2 av 5 år", ReportText.longTermLabel(t));
    assertEquals("Långsiktiga mål (5 år)", ReportText.longTermHeading(List.of(t)));
    assertEquals("Tidigare års mål (2 och 5 år)", ReportText.longTermHeading(List.of(section(2024, 2026, 2026, 1, 1, 0, 0), t)));
  }

  @Test
  void aKollLineInSeed000sWordsWithTheSheetsRemark() {
    KollRow eb = new KollRow("Ekonomiskt bistånd", "Socialsekreterare ekonomiskt bistånd", RowKind.CATEGORY, 61, -16,
        "Det saknas ca 80 på tillgång i gapanalysen 2025");
    assertEquals("Enligt kartläggningen ökade antalet inom yrkeskategorin socialsekreterare ekonomiskt bistånd med 61 från 2025 "
        + "till 2026. Enligt Koll minskade antalet med 16. Det saknas ca 80 på tillgång i gapanalysen 2025.",
        ReportText.kollComparison(eb, 2025, 2026));
    KollRow none = new KollRow("Alla fokusområden", "Sektionschef", RowKind.CATEGORY, 0, 0, "");
    assertEquals("Enligt kartläggningen var antalet inom yrkeskategorin sektionschef oförändrat från 2025 till 2026. "
        + "Enligt Koll har ingen kvantitativ förändring skett.", ReportText.kollComparison(none, 2025, 2026));
    assertEquals("Förändringen av tillgången enligt kartläggningen 2025–2026 jämförs med förändringen av antalet anställda "
        + "enligt statistikverktyget Koll för 1 yrkeskategori. Kartläggningen och Koll stämmer överens.",
        ReportText.kollIntroduction(new KollTable(2025, 2026, List.of(none))));
  }
}
