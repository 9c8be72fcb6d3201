package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.analysis.Submissions;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.examples.ExampleLists;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.ListTemplates;
import se.kompetensgap.output.template.TemplateFiller;
import se.kompetensgap.output.template.TemplateWriter;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.text.ListContract;
import se.kompetensgap.validation.FileFate;

/** Inlämning: one expected unit never returned its workbook, another returned one that was rejected. */
class SubmissionCheckTest {

  @Test
  void reportsTheMissingUnitAndTheRejectedOneBesideTheReturned(@TempDir Path dir) throws Exception {
    var config = ConfigurationParser.defaults();
    Path in = dir.resolve("in");
    ExampleFolder.write(in, config);
    // Barn och unga Söder never sent anything.
    Files.delete(in.resolve("Barn och unga/Barn och unga Söder.xlsx"));
    // Familjehemsenheten sent last year's workbook: År 2025 among 2026s is rejected (folder rule).
    UnitReport fam = ExampleFolder.reports().stream().filter(u -> u.info().unit().equals("Familjehemsenheten")).findFirst().orElseThrow();
    UnitInfo i = fam.info();
    UnitReport old = new UnitReport(fam.source(), new UnitInfo(2025, i.administration(), i.focusArea(), i.department(), i.unit(), i.manager(),
        LocalDate.of(2025, 10, 1), i.mappingType()), fam.rows(), fam.risks(), fam.activities());
    try (XSSFWorkbook wb = TemplateWriter.build(config, Optional.of(i.focusArea()));
        OutputStream out = Files.newOutputStream(in.resolve(fam.source()))) {
      TemplateFiller.fill(wb, old);
      wb.write(out);
    }
    Path list = dir.resolve("enheter.xlsx");
    try (XSSFWorkbook wb = ListTemplates.expectedUnits(ExampleLists.expectedUnits()); OutputStream out = Files.newOutputStream(list)) {
      wb.write(out);
    }
    Path output = dir.resolve("ut.xlsx");
    Consolidation.Result r = Consolidation.run(Consolidation.Request.builder(in, output, config).expectedUnits(list).build());

    assertEquals(FileFate.REJECTED, r.outcomes().stream().filter(o -> o.file().equals(fam.source())).findFirst().orElseThrow().fate());
    Submissions.Result s = r.submissions();
    assertEquals(List.of("Barn och unga Söder", ExampleLists.MISSING_UNIT), s.missing().stream().map(Submissions.Line::unit).toList());
    assertEquals(1, s.count(Submissions.Status.REJECTED));
    assertEquals(12, s.count(Submissions.Status.RETURNED));
    assertEquals(0, s.count(Submissions.Status.UNEXPECTED));

    try (XSSFWorkbook wb = Sheets.open(output)) {
      XSSFSheet sheet = wb.getSheet(ListContract.SUBMISSION_SHEET);
      int fr = find(sheet, 2, "Familjehemsenheten");
      assertEquals("Avvisad", Sheets.text(sheet.getRow(fr).getCell(5)));
      assertEquals(fam.source(), Sheets.text(sheet.getRow(fr).getCell(6)), "the rejected file is named");
      int bu = find(sheet, 0, "Barn och unga", find(sheet, 0, "Fullständighet per fokusområde"));
      // Barn och unga: 6 expected, 4 returned, 1 rejected, 1 missing.
      assertEquals(List.of(6.0, 4.0, 1.0, 1.0), List.of(Sheets.number(sheet, bu, 1), Sheets.number(sheet, bu, 2), Sheets.number(sheet, bu, 3), Sheets.number(sheet, bu, 4)));
      assertEquals(4.0 / 6, Sheets.number(sheet, bu, 5), 1e-12);
      assertTrue(se.kompetensgap.testing.FormulaCheck.mismatches(wb).isEmpty(), "formulas agree with the cached values");
      XSSFSheet summary = wb.getSheet(ListContract.SUMMARY_SHEET);
      int sbu = find(summary, 0, "Barn och unga");
      assertEquals(4, Sheets.number(summary, sbu, 6), "units read in Barn och unga");
      assertEquals(1, Sheets.number(summary, sbu, 7), "units rejected in Barn och unga");
    }
  }

  static int find(XSSFSheet s, int col, String text) {
    return find(s, col, text, 0);
  }

  static int find(XSSFSheet s, int col, String text, int from) {
    for (var r : s) {
      if (r.getRowNum() >= from && Sheets.text(r.getCell(col)).equals(text)) {
        return r.getRowNum();
      }
    }
    throw new AssertionError("no " + text);
  }
}
