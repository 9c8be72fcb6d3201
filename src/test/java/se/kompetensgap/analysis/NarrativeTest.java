package se.kompetensgap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.UnitReport;

/** The generated text for the seed-2019 numbers (seed 002, "Sammanfattning"). */
class NarrativeTest {

  static final List<UnitReport> UNITS = ExampleFolder.reports();
  static final GapReport GAPS = GapAnalysis.analyse(UNITS, ConfigurationParser.defaults(), 2026, "F");
  static final List<Narrative.Paragraph> TEXT = Narrative.write(GAPS,
      RiskAnalysis.analyse(UNITS, GAPS, ConfigurationParser.defaults()), Thresholds.DEFAULTS,
      new Narrative.Intake(14, 0, Optional.empty(), 0));

  @Test
  void namesMyndighetBarnOchUngaAsTheLargestQualitativeGapLikeSeed002() {
    assertEquals("Socialsekreterare myndighet barn och unga", Narrative.largestQualitativeGap(GAPS).orElseThrow().label());
    String gap = TEXT.get(0).text();
    assertTrue(gap.startsWith("Det kvalitativa kompetensgapet är som störst inom yrkeskategorin socialsekreterare myndighet barn och unga, där 72 förflyttningar"), gap);
    // Seed 002: "men även inom kategorierna socialsekreterare ekonomiskt bistånd, socialsekreterare
    // myndighet vuxna och sektionschefer finns kompetensgap"; "Mindre kompetensgap finns hos …
    // stöd och råd, familjehem och samtal och behandling".
    assertTrue(gap.contains("Även inom kategorierna socialsekreterare ekonomiskt bistånd (60), socialsekreterare myndighet vuxna (34) och sektionschef (18)"), gap);
    String smaller = gap.substring(gap.indexOf("Mindre kompetensgap"));
    for (String c : List.of("familjehem", "samtal och behandling", "stöd och råd barn och unga", "stöd och råd vuxna")) {
      assertTrue(smaller.contains(c), c);
    }
  }

  @Test
  void riskParagraphFollowsTheManagersAndNamesWhereTheNumbersDisagree() {
    String risk = TEXT.get(2).text();
    assertTrue(risk.startsWith("Riskerna bedöms allvarligast för socialsekreterare myndighet barn och unga."), risk);
    assertTrue(risk.contains("bedöms inte riskerna som allvarliga"), risk);
    assertTrue(risk.contains("Talen pekar på högre risk än chefernas bedömning för") && risk.contains("sektionschef"), risk);
  }

  @Test
  void goalsParagraphCountsTheMovesOfTheForvaltning() {
    GapLine all = GAPS.administrationTotal();
    String goals = TEXT.get(1).text();
    assertTrue(goals.contains("totalt " + all.moves(se.kompetensgap.model.Horizon.TWO_YEARS).total() + " kompetensförflyttningar"), goals);
    assertEquals(List.of("Kompetensgap", "Kompetensmål", "Riskanalys", "Underlag"), TEXT.stream().map(Narrative.Paragraph::heading).toList());
  }
}
