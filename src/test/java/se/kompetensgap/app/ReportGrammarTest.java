package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
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
import se.kompetensgap.testing.Docs;
import se.kompetensgap.testing.UnitWorkbooks;

/** Issue 12: one unit, one category, one activity give singular forms everywhere in the report. */
class ReportGrammarTest {

  @TempDir Path dir;

  @Test
  void oneUnitOneCategoryOneActivityInTheSingular() throws Exception {
    Category c = new Category("Socialpedagog vuxna");
    // Tillgång 1 at God, behov 1 at Hög: 1 förflyttning, kvantitativt mål 0 / +1.
    CategoryRow row = new CategoryRow(c, LevelCounts.of(0, 1, 0, 0), LevelCounts.of(0, 0, 1, 0), LevelCounts.of(0, 1, 1, 0));
    RiskAssessment risk = new RiskAssessment(c, Consequence.LESS_SERIOUS, Likelihood.LOW, Consequence.NOT_SERIOUS, Likelihood.LOW,
        "En person på hög nivå saknas.");
    Activity activity = new Activity(ActivityArea.DEVELOP, "Socialpedagog vuxna", "Handledning för socialpedagoger",
        "Extern handledning varannan vecka.", "Enhetschefen", LocalDate.of(2027, 6, 30), "", ActivityStatus.values()[0]);
    UnitInfo info = new UnitInfo(2026, "Arbetsmarknads- och socialförvaltningen", new FocusArea("Vuxna"), "Vuxna", "Boendeenheten",
        "Chef", LocalDate.of(2026, 9, 1), MappingType.FULL);
    UnitWorkbooks.write(dir.resolve("in").resolve("Boendeenheten.xlsx"), ConfigurationParser.defaults(),
        new UnitReport("Boendeenheten.xlsx", info, List.of(row), List.of(risk), List.of(activity)));
    Path workbook = dir.resolve("en.xlsx");
    var k = Seed2017FulfilmentTest.main("konsolidera", dir.resolve("in").toString(), "-o", workbook.toString());
    assertEquals(0, k.code(), k.err());
    Path docx = dir.resolve("en.docx");
    var r = Seed2017FulfilmentTest.main("rapport", workbook.toString(), "-o", docx.toString());
    assertEquals(0, r.code(), r.err());
    try (XWPFDocument doc = Docs.open(docx)) {
      String all = Docs.text(doc);
      // Sammanfattning's paragraphs are the workbook's text as HR left it (SummarySheet writes
      // them, issue 12's other half fixes their grammar); everything the report writes itself
      // is checked here.
      int from = all.indexOf("\nSammanfattning\n", all.indexOf("\nInledning\n", all.indexOf("Aktivitetsplan")));
      String text = all.substring(0, from) + all.substring(all.indexOf("\nNyckeltal\n"));
      assertTrue(text.contains("Aktivitetsplanen innehåller 1 aktivitet från"), text);
      assertTrue(text.contains("(1 grupp)"), text);
      assertTrue(text.contains("yrkeskategorin socialpedagog vuxna, där 1 förflyttning behövs på 2 års sikt"), text);
      assertTrue(text.contains("totalt 1 kompetensförflyttning på 2 års sikt"), text);
      assertTrue(text.contains("utöka med 1 person på 5 års sikt"), text);
      Matcher plural = Pattern.compile(
          "(?<![\\d,.])1 (personer|aktiviteter|förflyttningar|kompetensförflyttningar|enheter|enheters|yrkeskategorier|grupper|kartläggningar)\\b")
          .matcher(text);
      assertTrue(!plural.find(), "plural after 1: \"" + (plural.hitEnd() ? "" : plural.group()) + "\" in\n" + text);
      assertTrue(text.contains("Den gäller hög eller mycket hög nivå."), text);
      assertTrue(text.contains("Behov av kompetensförflyttningar finns i mindre omfattning inom yrkeskategorin socialpedagog vuxna."), text);
    }
  }
}
