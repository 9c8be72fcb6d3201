package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.analysis.Seed2019;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;

/**
 * End to end through real files: the example folder is written through the real template, then
 * consolidated, then the written workbook is read back and checked against seed 002's numbers.
 */
class ConsolidationTest {

  @TempDir static Path dir;
  static Consolidation.Result result;
  static Path output;

  @BeforeAll
  static void consolidateTheExamples() throws Exception {
    Path folder = dir.resolve("inkommande");
    ExampleFolder.write(folder, ConfigurationParser.defaults());
    output = dir.resolve("konsoliderad.xlsx");
    result = Consolidation.run(Consolidation.Request.builder(folder, output, ConfigurationParser.defaults()).build());
  }

  @Test
  void everyFileHasAFateAndOnlyTheNewestVersionOfAUnitCounts() {
    Map<FileFate, List<String>> byFate =
        result.outcomes().stream().collect(Collectors.groupingBy(FileOutcome::fate,
            Collectors.mapping(FileOutcome::file, Collectors.toList())));
    assertEquals(14, byFate.get(FileFate.READ).size(), byFate.toString());
    assertEquals(List.of("Barn och unga/~$Barn och unga Norr.xlsx",
            "Följebrev kompetenskartläggning 2026.pdf",
            "Vuxna/Vuxenenheten Syd (första versionen).xlsx"),
        byFate.get(FileFate.SKIPPED).stream().sorted().toList());
    assertEquals(null, byFate.get(FileFate.REJECTED));
  }

  @Test
  void theWrittenWorkbookShowsSeed2019GapsAndItsFormulasAgree() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(output)) {
      var sheet = wb.getSheet(Contract.GAP_SHEET);
      for (Map.Entry<String, int[][]> e : Seed2019.GAPS.entrySet()) {
        for (Horizon h : Horizon.values()) {
          int row = Sheets.findRow(sheet, 1, e.getKey(), 2, h.label());
          for (Level l : Level.values()) {
            // Columns by header text, so the test does not share the writer's constants.
            int col = column(sheet, "GAP " + l.label());
            assertEquals(e.getValue()[h.ordinal()][l.ordinal()], Sheets.number(sheet, row, col), e.getKey() + " " + l);
          }
          assertEquals(e.getValue()[h.ordinal()][4], Sheets.number(sheet, row, column(sheet, "GAP Total")));
        }
      }
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  @Test
  void outputIsWrittenWithoutLeavingTemporaryFiles() throws Exception {
    try (var files = Files.list(dir)) {
      assertEquals(List.of("inkommande", "konsoliderad.xlsx"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void libreOfficeOpensItWithoutFormulaErrorsAndAgrees(@TempDir Path lo) throws Exception {
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) saknas: den oberoende omräkningen hoppas över");
    Path recalculated = LibreOffice.recalculate(output, lo);
    assertEquals(List.of(), LibreOffice.compare(output, recalculated, 1e-9));
    assertTrue(LibreOffice.formulaValues(recalculated).values().stream().noneMatch(v -> v instanceof LibreOffice.CellError));
  }

  static int column(org.apache.poi.ss.usermodel.Sheet sheet, String header) {
    for (var row : sheet) {
      for (var cell : row) {
        if (Sheets.text(cell).equals(header)) {
          return cell.getColumnIndex();
        }
      }
    }
    throw new AssertionError("no header " + header);
  }
}
