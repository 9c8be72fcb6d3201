package se.kompetensgap.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.template.TemplateFiller;
import se.kompetensgap.output.template.TemplateWriter;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.Severity;

class ManagerWorkbookReaderTest {

  @TempDir Path dir;

  static final UnitReport UNIT = ExampleFolder.reports().get(8); // Barn och unga Norr

  /** Writes the unit through the real template, lets {@code edit} spoil it, and reads it back. */
  FileOutcome readFilled(Consumer<XSSFWorkbook> edit) throws Exception {
    return read(writeFilled("enhet.xlsx", edit));
  }

  Path writeFilled(String name, Consumer<XSSFWorkbook> edit) throws Exception {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = TemplateWriter.build(ConfigurationParser.defaults(), Optional.empty());
        OutputStream out = Files.newOutputStream(file)) {
      TemplateFiller.fill(wb, UNIT);
      edit.accept(wb);
      wb.write(out);
    }
    return file;
  }

  static FileOutcome read(Path file) throws Exception {
    try (PoiWorkbookSource source = PoiWorkbookSource.open(file.toFile())) {
      return new ManagerWorkbookReader(ConfigurationParser.defaults()).read(file.getFileName().toString(), source);
    }
  }

  /** The cell of the unit's first category row in the column with this header. */
  static Cell mappingCell(XSSFWorkbook wb, String header) {
    XSSFTable t = wb.getTable(Contract.MAPPING_TABLE);
    XSSFSheet sheet = t.getXSSFSheet();
    int col = -1;
    for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
      if (sheet.getRow(t.getStartRowIndex()).getCell(c).getStringCellValue().equals(header)) {
        col = c;
      }
    }
    String first = UNIT.rows().get(0).category().name();
    for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
      Row row = sheet.getRow(r);
      if (row.getCell(t.getStartColIndex()).getStringCellValue().equals(first)) {
        return row.getCell(col);
      }
    }
    throw new AssertionError("no row for " + first);
  }

  @Test
  void readsTheTemplateAsFilled() throws Exception {
    FileOutcome o = readFilled(wb -> {});
    assertEquals(FileFate.READ, o.fate(), o.findings().toString());
    UnitReport r = o.report().orElseThrow();
    assertEquals(UNIT.info(), r.info());
    assertEquals(UNIT.rows(), r.rows());
    assertEquals(UNIT.risks(), r.risks());
    assertEquals(UNIT.activities(), r.activities());
  }

  @Test
  void rejectsTextInNumberCell() throws Exception {
    FileOutcome o = readFilled(wb -> mappingCell(wb, "Tillgång God").setCellValue("ca 5"));
    assertEquals(FileFate.REJECTED, o.fate());
    Finding f = o.findings().get(0);
    assertEquals(Contract.MAPPING_SHEET, f.sheet());
    assertEquals("ca 5", f.value());
    assertTrue(f.message().startsWith("\"ca 5\" är inte ett heltal"), f.message());
    assertTrue(f.message().contains("Skriv antal personer som ett heltal"), f.message());
    assertTrue(f.cell().matches("[A-Z]+[0-9]+"), f.cell());
  }

  @Test
  void acceptsANumberStoredAsTextWithANote() throws Exception {
    int expected = UNIT.rows().get(0).supply().god();
    FileOutcome o = readFilled(wb -> mappingCell(wb, "Tillgång God").setCellValue(" " + expected + " "));
    assertEquals(FileFate.READ, o.fate());
    assertEquals(expected, o.report().orElseThrow().rows().get(0).supply().god());
    assertEquals(Severity.NOTE, o.findings().get(0).severity());
  }

  @Test
  void rejectsNegativeAndDecimalHeadCounts() throws Exception {
    assertEquals(FileFate.REJECTED, readFilled(wb -> mappingCell(wb, "Tillgång Viss").setCellValue(-2)).fate());
    FileOutcome decimal = readFilled(wb -> mappingCell(wb, "Behov 5 år Hög").setCellValue(2.5));
    assertTrue(decimal.findings().get(0).message().contains("\"2,5\" är inte ett heltal"), decimal.findings().toString());
  }

  @Test
  void anUnknownCategoryRejectsTheFileAndSuggestsTheClosestName() throws Exception {
    FileOutcome o = readFilled(wb -> mappingCell(wb, Contract.CATEGORY).setCellValue("Socialsekreterare myndighet barn o unga"));
    assertEquals(FileFate.REJECTED, o.fate());
    assertTrue(o.findings().get(0).message().contains("Menade du \"Socialsekreterare myndighet barn och unga\"?"), o.findings().toString());
  }

  @Test
  void aFormulaTypedInAnInputCellCountsWithItsValueNotItsCache() throws Exception {
    FileOutcome o = readFilled(wb -> {
      Cell c = mappingCell(wb, "Tillgång Viss");
      c.setCellFormula("40+2");
      c.setCellValue(7); // a stale cache must not be believed
    });
    assertEquals(42, o.report().orElseThrow().rows().get(0).supply().viss());
  }

  @Test
  void readsAWorkbookWrittenByAScriptWithoutTablesOrCachedValues() throws Exception {
    // As a script or a copy-paste produces it: plain sheets, header rows a few rows down,
    // columns in another order, numbers as formulas without cached values.
    Path file = dir.resolve("skript.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet unit = wb.createSheet("Enhet");
      unit.createRow(0).createCell(0).setCellValue("Uppgifter om enheten");
      put(unit, 2, "Uppgift", "Värde");
      put(unit, 3, "År", "2026");
      put(unit, 4, "Fokusområde", "vuxna");
      put(unit, 5, "Avdelning", "Myndighet vuxna");
      put(unit, 6, "Enhet", "Vuxenenheten Väst");
      Sheet map = wb.createSheet("Kartläggning");
      List<String> headers = new java.util.ArrayList<>(Contract.numberHeaders());
      java.util.Collections.reverse(headers);
      headers.add(0, "Yrkeskategori");
      Row h = map.createRow(1);
      for (int c = 0; c < headers.size(); c++) {
        h.createCell(c + 1).setCellValue(headers.get(c).toUpperCase());
      }
      Row r = map.createRow(2);
      r.createCell(1).setCellValue("Socialsekreterare, myndighet vuxna");
      for (int c = 1; c < headers.size(); c++) {
        r.createCell(c + 1).setCellFormula(c + "+0"); // no cached value written
      }
      wb.write(out);
    }
    FileOutcome o = read(file);
    assertTrue(o.fate().counted(), o.findings().toString());
    var row = o.report().orElseThrow().rows().get(0);
    assertEquals("Socialsekreterare myndighet vuxna", row.category().name());
    // reversed order: the last header (Behov 5 år Mycket hög) got 1, Tillgång Viss got 12
    assertEquals(12, row.supply().viss());
    assertEquals(1, row.demand5().mycketHog());
    assertEquals(List.of(Contract.UNIT_SHEET, Contract.RISK_SHEET, Contract.ACTIVITY_SHEET),
        o.findings().stream().filter(f -> f.severity() == Severity.WARNING).map(Finding::sheet).toList());
  }

  static void put(Sheet s, int row, String a, String b) {
    Row r = s.createRow(row);
    r.createCell(0).setCellValue(a);
    r.createCell(1).setCellValue(b);
  }

  @Test
  void readsTheSameNumbersAfterALibreOfficeRoundTrip() throws Exception {
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) saknas");
    Path file = writeFilled("ifylld.xlsx", wb -> {});
    Path saved = LibreOffice.recalculate(file, Files.createDirectories(dir.resolve("lo")));
    FileOutcome o = read(saved);
    assertTrue(o.fate().counted(), o.findings().toString());
    UnitReport r = o.report().orElseThrow();
    assertEquals(UNIT.info(), r.info());
    assertEquals(UNIT.rows(), r.rows());
    assertEquals(UNIT.risks(), r.risks());
    assertEquals(UNIT.activities(), r.activities());
  }

  @Test
  void neverChangesTheInputFile() throws Exception {
    Path file = writeFilled("orörd.xlsx", wb -> {});
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_600_000_000_000L));
    byte[] before = Files.readAllBytes(file);
    read(file);
    assertTrue(Arrays.equals(before, Files.readAllBytes(file)));
    assertEquals(1_600_000_000_000L, Files.getLastModifiedTime(file).toMillis());
  }

  @Test
  void aFileThatIsNotAWorkbookIsRejectedWithAMessageForHr() throws Exception {
    Path file = dir.resolve("brev.xlsx");
    Files.writeString(file, "Hej! Här kommer min kartläggning.");
    var e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableFileException.class, () -> PoiWorkbookSource.open(file.toFile()));
    assertTrue(e.getMessage().contains("inte en Excel-arbetsbok") || e.getMessage().contains("kan inte öppnas"), e.getMessage());
  }
}
