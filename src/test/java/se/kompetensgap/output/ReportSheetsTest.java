package se.kompetensgap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.validation.FileOutcome;

/** The report sheets of the examples' consolidated workbook. */
class ReportSheetsTest {

  static byte[] bytes;
  static XSSFWorkbook wb;

  @BeforeAll
  static void writeOnce() throws Exception {
    List<UnitReport> units = ExampleFolder.reports();
    GapReport gaps = GapAnalysis.analyse(units, ConfigurationParser.defaults(), 2026, ExampleFolder.ADMINISTRATION);
    List<FileOutcome> outcomes = units.stream().map(u -> FileOutcome.of(u.source(), Optional.of(u), List.of())).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsolidatedWorkbook.write(new ConsolidatedWorkbook.Contents(gaps, units, outcomes), out);
    bytes = out.toByteArray();
    wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    if (System.getenv("KG_DUMP") != null) {
      Files.write(Path.of(System.getenv("KG_DUMP")), bytes);
    }
  }

  @Test
  void everyFormulaEvaluatesToTheValueTheModelCached() {
    assertEquals(List.of(), FormulaCheck.mismatches(wb));
  }
}
