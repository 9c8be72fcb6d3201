package se.kompetensgap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.Severity;
import se.kompetensgap.validation.UpwardVersion;

/** {@code --utan-enheter}: the same numbers, without units or managers; and the Avstämning. */
class UpwardVersionWorkbookTest {

  static final List<UnitReport> UNITS = ExampleFolder.reports();
  static byte[] full;
  static byte[] upward;

  @BeforeAll
  static void writeBoth() throws Exception {
    GapReport gaps = GapAnalysis.analyse(UNITS, ConfigurationParser.defaults(), ExampleFolder.YEAR, ExampleFolder.ADMINISTRATION);
    List<FileOutcome> outcomes = new ArrayList<>();
    for (UnitReport u : UNITS) {
      outcomes.add(FileOutcome.of(u.source(), Optional.of(u), List.of(
          new Finding(u.source(), "Kartläggning", "C5", u.info().manager(), Severity.NOTE, "Notering om " + u.info().unit() + "."))));
    }
    outcomes.add(FileOutcome.rejected(UNITS.get(0).info().manager() + " kartläggning.xlsx",
        List.of(Finding.ofFile("x", Severity.ERROR, "Fel hos " + UNITS.get(0).info().manager() + "."))));
    full = bytes(new ConsolidatedWorkbook.Contents(gaps, UNITS, outcomes));
    upward = bytes(new ConsolidatedWorkbook.Contents(gaps, UpwardVersion.units(UNITS), UpwardVersion.outcomes(outcomes)));
  }

  static byte[] bytes(ConsolidatedWorkbook.Contents c) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsolidatedWorkbook.write(c, out);
    return out.toByteArray();
  }

  static XSSFWorkbook open(byte[] b) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(b));
  }

  @Test
  void noUnitNameOrManagersNameIsAnywhereInTheUpwardVersion() throws Exception {
    List<String> found = new ArrayList<>();
    try (XSSFWorkbook wb = open(upward)) {
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            String t = c.getCellType() == CellType.STRING || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.STRING
                ? c.getStringCellValue() : "";
            for (UnitReport u : UNITS) {
              if (t.contains(u.info().unit()) || t.contains(u.info().manager()) || t.contains(u.source())) {
                found.add(s.getSheetName() + "!" + c.getAddress() + ": " + t);
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void underlagHasOneRowPerDepartmentAndCategoryWithANeutralLabel() throws Exception {
    long expected = UNITS.stream()
        .flatMap(u -> u.rows().stream().map(r -> u.info().focusArea().name() + "|" + u.info().department() + "|" + r.category().name()))
        .distinct().count();
    try (XSSFWorkbook wb = open(upward)) {
      XSSFTable t = wb.getTable(Contract.BASIS_TABLE);
      XSSFSheet s = t.getXSSFSheet();
      assertEquals(expected, t.getEndRowIndex() - t.getStartRowIndex());
      for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
        assertEquals(UpwardVersion.ALL_UNITS, Sheets.text(s.getRow(r).getCell(5)));
        assertTrue(Sheets.text(s.getRow(r).getCell(0)).contains("sammanställt ur"), Sheets.text(s.getRow(r).getCell(0)));
      }
    }
  }

  @Test
  void everyAnalysisNumberIsTheSameAsInTheFullVersion() throws Exception {
    try (XSSFWorkbook a = open(full); XSSFWorkbook b = open(upward)) {
      for (String sheet : List.of(Contract.GAP_SHEET, Contract.GOAL_SHEET)) {
        Map<String, Double> x = numbers(a.getSheet(sheet));
        assertTrue(x.size() > 100, sheet);
        assertEquals(x, numbers(b.getSheet(sheet)), sheet);
      }
      assertEquals(List.of(), FormulaCheck.mismatches(b));
    }
  }

  static Map<String, Double> numbers(Sheet s) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC) {
          m.put(c.getAddress().toString(), c.getNumericCellValue());
        }
      }
    }
    return m;
  }

  @Test
  void theAvstamningAgreesAndTurnsRedWhenUnderlagIsEditedByHand() throws Exception {
    for (byte[] version : List.of(full, upward)) {
      try (XSSFWorkbook wb = open(version)) {
        XSSFSheet intake = wb.getSheet(Contract.INTAKE_SHEET);
        int title = titleRow(intake);
        int first = title + 3;
        int supply = UNITS.stream().flatMap(u -> u.rows().stream()).mapToInt(r -> r.supply().total()).sum();
        assertEquals(supply, Sheets.number(intake, first, 1));
        assertEquals(supply, Sheets.number(intake, first, 2));
        for (int r = first; r < first + 3; r++) {
          assertEquals(Reconciliation.YES, intake.getRow(r).getCell(3).getStringCellValue());
        }
        assertEquals(UNITS.size(), Sheets.number(intake, first + 3, 2));
        assertEquals(List.of(), FormulaCheck.mismatches(wb));
        // HR adds one person by hand in Underlag: the check says so.
        XSSFTable t = wb.getTable(Contract.BASIS_TABLE);
        Cell c = t.getXSSFSheet().getRow(t.getStartRowIndex() + 1).getCell(7);
        c.setCellValue(c.getNumericCellValue() + 1);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        assertEquals(Reconciliation.NO, intake.getRow(first).getCell(3).getStringCellValue());
      }
    }
  }

  static int titleRow(Sheet s) {
    for (Row r : s) {
      if (Sheets.text(r.getCell(0)).equals(Reconciliation.TITLE)) {
        return r.getRowNum();
      }
    }
    throw new AssertionError("no " + Reconciliation.TITLE);
  }

  @Test
  void libreOfficeRecalculatesTheUpwardVersionToTheSameValues(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) saknas: den oberoende omräkningen hoppas över");
    Path file = Files.write(dir.resolve("uppat.xlsx"), upward);
    Path recalculated = LibreOffice.recalculate(file, Files.createDirectories(dir.resolve("lo")));
    assertEquals(List.of(), LibreOffice.compare(file, recalculated, 1e-9));
  }
}
