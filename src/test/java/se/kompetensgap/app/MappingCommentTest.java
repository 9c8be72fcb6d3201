package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.intake.PoiWorkbookSource;
import se.kompetensgap.intake.ManagerWorkbookReader;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.template.TemplateFiller;
import se.kompetensgap.output.template.TemplateWriter;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;

/**
 * Kartläggning's Kommentar column (issue 11): the manager says why the need changes (seed 002:
 * "uppräknat utifrån befolkningsprognos (kort sikt: 2,6% och lång sikt: 6,7%)"); the consolidated
 * workbook lists the comments per category with their unit, the upward version per avdelning; a
 * template without the column still reads.
 */
class MappingCommentTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();

  @Test
  void theExamplesCommentsAreListedPerCategoryWithTheirUnit(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("k.xlsx");
    Consolidation.run(Consolidation.Request.builder(Path.of("examples/inkommande"), out, CONFIG).build());
    List<List<String>> rows = comments(out);
    assertEquals(3, rows.size(), rows.toString());
    List<String> eb = rows.get(0);
    assertEquals(List.of("Barn och unga", "Socialsekreterare myndighet barn och unga", "Myndighet barn och unga",
        "Barn och unga Norr"), eb.subList(0, 4));
    List<String> money = rows.stream().filter(r -> r.get(1).equals("Socialsekreterare ekonomiskt bistånd")).findFirst()
        .orElseThrow();
    assertTrue(money.get(4).contains("uppräknat utifrån befolkningsprognos (kort sikt: 2,6% och lång sikt: 6,7%)"),
        money.toString());

    Path upward = dir.resolve("uppat.xlsx");
    Consolidation.run(Consolidation.Request.builder(Path.of("examples/inkommande"), upward, CONFIG).withoutUnits(true).build());
    // Upward: per avdelning, never a unit's name; the text itself stays (it names no one).
    List<List<String>> up = comments(upward);
    assertEquals(3, up.size(), up.toString());
    assertTrue(up.stream().allMatch(r -> r.get(3).equals("Alla enheter")), up.toString());
    assertTrue(up.stream().anyMatch(r -> r.get(4).contains("befolkningsprognos (kort sikt: 2,6%")), up.toString());
  }

  @Test
  void aTemplateWithoutTheColumnIsReadAsBefore(@TempDir Path dir) throws Exception {
    UnitReport unit = ExampleFolder.reports().get(0); // Ekonomiskt bistånd Norr, with a comment
    assertTrue(unit.rows().stream().anyMatch(r -> !r.comment().isEmpty()));
    Path file = dir.resolve("aldre.xlsx");
    try (XSSFWorkbook wb = TemplateWriter.build(CONFIG, Optional.empty()); OutputStream os = Files.newOutputStream(file)) {
      TemplateFiller.fill(wb, unit);
      // An older template: the column is not Kommentar (its header renamed, as if it were not there).
      XSSFTable t = wb.getTable(Contract.MAPPING_TABLE);
      Row header = t.getXSSFSheet().getRow(t.getStartRowIndex());
      for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
        if (header.getCell(c).getStringCellValue().equals(Contract.MAPPING_COMMENT)) {
          header.getCell(c).setCellValue("Anteckning");
        }
      }
      wb.write(os);
    }
    FileOutcome o;
    try (PoiWorkbookSource source = PoiWorkbookSource.open(file.toFile())) {
      o = new ManagerWorkbookReader(CONFIG).read("aldre.xlsx", source);
    }
    assertEquals(FileFate.READ, o.fate(), o.findings().toString());
    List<CategoryRow> rows = o.report().orElseThrow().rows();
    assertEquals(unit.rows().stream().map(CategoryRow::withoutComment).toList(), rows);
  }

  static List<List<String>> comments(Path file) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      XSSFTable t = wb.getTable(Contract.COMMENTS_TABLE);
      List<List<String>> out = new ArrayList<>();
      for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
        Row row = t.getXSSFSheet().getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
          cells.add(row == null || row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        if (cells.stream().anyMatch(s -> !s.isEmpty())) {
          out.add(cells);
        }
      }
      return out;
    }
  }
}
