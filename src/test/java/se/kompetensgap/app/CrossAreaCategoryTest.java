package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.analysis.GapLine;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.template.TemplateFiller;
import se.kompetensgap.output.template.TemplateWriter;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.UnitWorkbooks;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Severity;

/**
 * Seed 000: "Inom social resurs finns både stöd och råd för vuxna och barn och unga". A Vuxna unit
 * that also maps a Barn och unga category is read (a warning, not a rejection), the row counts
 * under Barn och unga, the unit stays a Vuxna unit, and next year's utskick gives it one workbook.
 */
class CrossAreaCategoryTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();
  static final String CHILDREN = "Socialsekreterare stöd och råd barn och unga";

  @Test
  void aCategoryOfAnotherAreaCountsThereAndTheUnitKeepsItsArea(@TempDir Path dir) throws Exception {
    List<UnitReport> reports = ExampleFolder.reports();
    Path folder = dir.resolve("in");
    UnitReport mixed = null;
    for (UnitReport r : reports) {
      UnitReport u = r;
      if (r.info().unit().equals("Stöd och råd vuxna")) {
        List<CategoryRow> rows = new ArrayList<>(r.rows());
        rows.add(new CategoryRow(new Category(CHILDREN), LevelCounts.of(1, 2, 3, 0), LevelCounts.of(1, 2, 4, 1),
            LevelCounts.of(1, 2, 5, 1)));
        u = new UnitReport(r.source(), r.info(), rows, r.risks(), r.activities());
        mixed = u;
        // The template with every area's categories, as the manager would use for such a unit.
        Files.createDirectories(folder.resolve(u.source()).getParent());
        try (XSSFWorkbook wb = TemplateWriter.build(CONFIG, Optional.empty());
            java.io.OutputStream os = Files.newOutputStream(folder.resolve(u.source()))) {
          TemplateFiller.fill(wb, u);
          wb.write(os);
        }
        continue;
      }
      UnitWorkbooks.write(folder.resolve(u.source()), CONFIG, u);
    }
    Path out = dir.resolve("k.xlsx");
    Consolidation.Result result = Consolidation.run(Consolidation.Request.builder(folder, out, CONFIG).build());
    FileOutcome o = result.outcomes().stream().filter(x -> x.file().equals(ExampleFolder.reports().stream()
        .filter(r -> r.info().unit().equals("Stöd och råd vuxna")).findFirst().orElseThrow().source())).findFirst().orElseThrow();
    assertEquals(FileFate.READ_WITH_WARNINGS, o.fate(), o.findings().toString());
    assertTrue(o.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING
        && f.message().contains("Raden räknas under Barn och unga")), o.findings().toString());
    assertEquals(new FocusArea("Vuxna"), o.report().orElseThrow().info().focusArea());

    // Barn och unga's line for the category: the examples' units plus the Vuxna unit's row.
    List<UnitReport> plain = ExampleFolder.reports();
    int supply = plain.stream().flatMap(r -> r.rows().stream()).filter(r -> r.category().name().equals(CHILDREN))
        .mapToInt(r -> r.supply().total()).sum();
    GapLine line = result.gaps().lines().stream()
        .filter(l -> l.category().map(Category::name).orElse("").equals(CHILDREN)).findFirst().orElseThrow();
    assertEquals(Optional.of(new FocusArea("Barn och unga")), line.area());
    assertEquals(supply + 6, line.supply().total());
    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      // The sheets' SUMIFS over Underlag[Fokusområde] agree with the analysis.
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }

    // Next year: one workbook for the unit, in Vuxna, with the Barn och unga row in it.
    Path sent = dir.resolve("utskick");
    Mailing.Result r = Mailing.run(new Mailing.Request(out, sent, CONFIG, Optional.empty(), Optional.empty(),
        Optional.empty(), false));
    assertEquals(14, r.written());
    try (Stream<Path> s = Files.walk(sent)) {
      assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("Stöd och råd vuxna")).count());
    }
    assertTrue(Files.isRegularFile(sent.resolve("Vuxna/Stöd och råd vuxna.xlsx")));
    Path back = dir.resolve("k2.xlsx");
    Consolidation.Result again = Consolidation.run(Consolidation.Request.builder(sent, back, CONFIG).previous(out).build());
    assertEquals(result.gaps(), withYear(again.gaps(), result.gaps().year()));
    assertTrue(mixed != null);
  }

  private static se.kompetensgap.analysis.GapReport withYear(se.kompetensgap.analysis.GapReport g, int year) {
    return new se.kompetensgap.analysis.GapReport(year, g.administration(), g.scope(), g.lines());
  }
}
