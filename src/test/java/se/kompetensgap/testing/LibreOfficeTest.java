package se.kompetensgap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import se.kompetensgap.testing.LibreOffice.CellError;

/**
 * Proves that {@link LibreOffice} really recalculates: every workbook here is written with
 * deliberately wrong cached values, so a test can only pass if LibreOffice computed the numbers
 * itself. It also answers whether table structured references with spaces and Swedish letters in
 * column names work in POI's evaluator and in LibreOffice, next to their plain A1 equivalents.
 */
class LibreOfficeTest {

  private static final double TOLERANCE = 1e-9;

  /** A cached value no correct formula below can produce. */
  private static final double WRONG = 999;

  @TempDir Path dir;

  @Test
  void recalculatesFormulaWithWrongCachedValue() throws Exception {
    assumeSoffice();
    Path ours = dir.resolve("in/summa.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Blad");
      sheet.createRow(0).createCell(0).setCellValue(1);
      sheet.createRow(1).createCell(0).setCellValue(2);
      XSSFCell sum = sheet.createRow(2).createCell(0);
      sum.setCellFormula("A1+A2");
      sum.setCellValue(WRONG);
      write(workbook, ours);
    }
    assertEquals(WRONG, LibreOffice.formulaValues(ours).get("Blad!A3"));

    Path recalculated =
        timed("recalculate", () -> LibreOffice.recalculate(ours, dir.resolve("ut")));

    assertEquals(3.0, LibreOffice.formulaValues(recalculated).get("Blad!A3"));
    assertEquals(
        List.of("Blad!A3: vår 999.0, LibreOffice 3.0"),
        LibreOffice.compare(ours, recalculated, TOLERANCE));
    assertEquals(List.of(), LibreOffice.compare(recalculated, recalculated, TOLERANCE));
  }

  @Test
  void structuredReferencesWithSwedishColumnNames() throws Exception {
    Path ours = dir.resolve("in/underlag.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      writeStructuredReferenceWorkbook(workbook);
      write(workbook, ours);
    }
    Map<String, Object> expected = new LinkedHashMap<>();
    // Vuxna / Socialpedagog vuxna: two rows (3 + 4, behov 1 + 2); gap 7 - 3 = 4, no shortfall.
    expected.put("Kompetensgap!C2", 7.0);
    expected.put("Kompetensgap!D2", 3.0);
    expected.put("Kompetensgap!E2", 4.0);
    expected.put("Kompetensgap!F2", 0.0);
    expected.put("Kompetensgap!G2", 7.0);
    expected.put("Kompetensgap!H2", 3.0);
    // Barn och unga / Sektionschef: 2 available, 4 needed; gap -2, shortfall 2.
    expected.put("Kompetensgap!C3", 2.0);
    expected.put("Kompetensgap!D3", 4.0);
    expected.put("Kompetensgap!E3", -2.0);
    expected.put("Kompetensgap!F3", 2.0);
    expected.put("Kompetensgap!G3", 2.0);
    expected.put("Kompetensgap!H3", 4.0);
    // A combination with no rows at all: SUMIFS gives 0, not an error. (LibreOffice stores
    // MAX(0,-0) in F4 as -0; compare() and assertEquals with a delta both take that as 0.)
    expected.put("Kompetensgap!C4", 0.0);
    expected.put("Kompetensgap!D4", 0.0);
    expected.put("Kompetensgap!E4", 0.0);
    expected.put("Kompetensgap!F4", 0.0);
    expected.put("Kompetensgap!G4", 0.0);
    expected.put("Kompetensgap!H4", 0.0);
    // Totals: structured in column B, A1 ranges in column C.
    expected.put("Kompetensgap!B7", 7.0); // SUM(Underlag[Behov 2 år Mycket hög])
    expected.put("Kompetensgap!C7", 7.0);
    expected.put("Kompetensgap!B8", 0.1); // 1 / SUM(Underlag[Tillgång Viss]) = 1 / 10
    expected.put("Kompetensgap!C8", 0.1);
    expected.put("Kompetensgap!B9", ""); // IF(... = 0, "", ...) taking the "" branch
    expected.put("Kompetensgap!C9", "");
    expected.put("Kompetensgap!B10", new CellError("#DIV/0!"));

    Map<String, Object> poi = evaluateWithPoi(ours);
    assertValues(expected, poi, "POI XSSFFormulaEvaluator");

    assumeSoffice();
    Path recalculated =
        timed("recalculate", () -> LibreOffice.recalculate(ours, dir.resolve("ut")));
    assertValues(expected, LibreOffice.formulaValues(recalculated), "LibreOffice");
    // Every cached value we wrote was wrong except the #DIV/0! one, which LibreOffice confirms.
    List<String> mismatches = LibreOffice.compare(ours, recalculated, TOLERANCE);
    assertEquals(expected.size() - 1, mismatches.size(), String.join("\n", mismatches));
    assertTrue(
        mismatches.contains("Kompetensgap!B9: vår 999.0, LibreOffice (tom)"), mismatches::toString);
  }

  @Test
  void emptyStringAndBlankAgree() throws Exception {
    // Needs no LibreOffice: documents how compare() treats "" versus no cached value at all.
    Path withEmptyString = dir.resolve("a/tom.xlsx");
    Path withoutValue = dir.resolve("b/tom.xlsx");
    for (Path file : List.of(withEmptyString, withoutValue)) {
      try (XSSFWorkbook workbook = new XSSFWorkbook()) {
        XSSFCell cell = workbook.createSheet("Blad").createRow(0).createCell(0);
        cell.setCellFormula("IF(1=1,\"\",1)");
        if (file == withEmptyString) {
          cell.setCellValue("");
        }
        // Otherwise no cached value: setCellFormula on a new cell writes only <f>, no <v>.
        write(workbook, file);
      }
    }
    assertEquals("", LibreOffice.formulaValues(withoutValue).get("Blad!A1"));
    assertEquals(List.of(), LibreOffice.compare(withEmptyString, withoutValue, TOLERANCE));
  }

  @Test
  void printsToNonEmptyPdf() throws Exception {
    assumeSoffice();
    Path ours = dir.resolve("in/underlag.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      writeStructuredReferenceWorkbook(workbook);
      write(workbook, ours);
    }

    Path pdf = timed("toPdf", () -> LibreOffice.toPdf(ours, dir.resolve("pdf")));

    byte[] bytes = Files.readAllBytes(pdf);
    assertTrue(bytes.length > 1000, "PDF is only " + bytes.length + " bytes");
    assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
  }

  /**
   * Sheet {@code Underlag} holds the table {@code Underlag}; sheet {@code Kompetensgap} computes
   * from it twice, with structured references (columns C–F, B7:B10) and with plain A1 ranges
   * (columns G–H, C7:C9), so a failure shows which syntax an engine cannot handle.
   */
  private static void writeStructuredReferenceWorkbook(XSSFWorkbook workbook) {
    XSSFSheet data = workbook.createSheet("Underlag");
    String[] header = {"Fokusområde", "Yrkeskategori", "Tillgång Viss", "Behov 2 år Mycket hög"};
    Object[][] rows = {
      {"Vuxna", "Socialpedagog vuxna", 3, 1},
      {"Vuxna", "Sektionschef", 1, 0},
      {"Barn och unga", "Sektionschef", 2, 4},
      {"Vuxna", "Socialpedagog vuxna", 4, 2},
    };
    fillRow(data.createRow(0), (Object[]) header);
    for (int r = 0; r < rows.length; r++) {
      fillRow(data.createRow(r + 1), rows[r]);
    }
    XSSFTable table =
        data.createTable(
            new AreaReference(
                new CellReference(0, 0),
                new CellReference(rows.length, header.length - 1),
                workbook.getSpreadsheetVersion()));
    table.setName("Underlag");
    table.setDisplayName("Underlag");
    table.getCTTable().addNewAutoFilter().setRef(table.getArea().formatAsString());
    table.getCTTable().addNewTableStyleInfo().setName("TableStyleMedium2");
    // POI gotcha: formulas and readers resolve columns by the CTTableColumn names, which are not
    // guaranteed to follow the header cells; make them match explicitly and check it.
    table.updateHeaders();
    List<CTTableColumn> columns = table.getCTTable().getTableColumns().getTableColumnList();
    for (int c = 0; c < header.length; c++) {
      assertEquals(header[c], columns.get(c).getName(), "table column " + c);
    }

    XSSFSheet gap = workbook.createSheet("Kompetensgap");
    fillRow(
        gap.createRow(0),
        "Fokusområde",
        "Yrkeskategori",
        "Tillgång",
        "Behov",
        "Gap",
        "Förflyttning",
        "Tillgång (A1)",
        "Behov (A1)");
    String[][] keys = {
      {"Vuxna", "Socialpedagog vuxna"},
      {"Barn och unga", "Sektionschef"},
      {"Ekonomiskt bistånd", "Sektionschef"},
    };
    String a1Rows = "$2:$" + (rows.length + 1); // e.g. "$2:$5", spliced into "Underlag!$C" + ...
    for (int i = 0; i < keys.length; i++) {
      int excelRow = i + 2;
      XSSFRow row = gap.createRow(excelRow - 1);
      fillRow(row, keys[i][0], keys[i][1]);
      formula(row, 2, sumifsStructured("Tillgång Viss", excelRow));
      formula(row, 3, sumifsStructured("Behov 2 år Mycket hög", excelRow));
      formula(row, 4, "C" + excelRow + "-D" + excelRow);
      formula(row, 5, "MAX(0,-E" + excelRow + ")");
      formula(row, 6, sumifsA1("C", a1Rows, excelRow));
      formula(row, 7, sumifsA1("D", a1Rows, excelRow));
    }
    String tillgangA1 = range("C", a1Rows);
    XSSFRow total = gap.createRow(6);
    fillRow(total, "Summa behov");
    formula(total, 1, "SUM(Underlag[Behov 2 år Mycket hög])");
    formula(total, 2, "SUM(" + range("D", a1Rows) + ")");
    XSSFRow inverse = gap.createRow(7);
    fillRow(inverse, "1 / summa tillgång");
    formula(inverse, 1, "IF(SUM(Underlag[Tillgång Viss])=0,\"\",1/SUM(Underlag[Tillgång Viss]))");
    formula(inverse, 2, "IF(SUM(" + tillgangA1 + ")=0,\"\",1/SUM(" + tillgangA1 + "))");
    XSSFRow empty = gap.createRow(8);
    fillRow(empty, "Tom gren");
    formula(
        empty,
        1,
        "IF(SUMIFS(Underlag[Tillgång Viss],Underlag[Fokusområde],\"Finns inte\")=0,\"\",1)");
    formula(
        empty,
        2,
        "IF(SUMIFS(" + tillgangA1 + "," + range("A", a1Rows) + ",\"Finns inte\")=0,\"\",1)");
    XSSFRow error = gap.createRow(9);
    fillRow(error, "Fel");
    XSSFCell divide = error.createCell(1);
    divide.setCellFormula("1/0");
    // The one correct cached value: an error, to check errors are read and compared as such.
    divide.setCellErrorValue(FormulaError.DIV0.getCode());
  }

  private static String sumifsStructured(String column, int excelRow) {
    return "SUMIFS(Underlag["
        + column
        + "],Underlag[Fokusområde],$A"
        + excelRow
        + ",Underlag[Yrkeskategori],$B"
        + excelRow
        + ")";
  }

  private static String sumifsA1(String column, String rows, int excelRow) {
    return "SUMIFS("
        + range(column, rows)
        + ","
        + range("A", rows)
        + ",$A"
        + excelRow
        + ","
        + range("B", rows)
        + ",$B"
        + excelRow
        + ")";
  }

  /** {@code range("C", "$2:$5")} is {@code Underlag!$C$2:$C$5}. */
  private static String range(String column, String rows) {
    String[] bounds = rows.split(":");
    return "Underlag!$" + column + bounds[0] + ":$" + column + bounds[1];
  }

  /** Writes a formula with a deliberately wrong cached value, so only a real recalc fixes it. */
  private static void formula(XSSFRow row, int column, String formula) {
    XSSFCell cell = row.createCell(column);
    cell.setCellFormula(formula);
    cell.setCellValue(WRONG);
  }

  private static void fillRow(XSSFRow row, Object... values) {
    for (int c = 0; c < values.length; c++) {
      if (values[c] instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else {
        row.createCell(c).setCellValue((String) values[c]);
      }
    }
  }

  /** POI's own evaluation of every formula, in the same representation as formulaValues(). */
  private static Map<String, Object> evaluateWithPoi(Path xlsx) throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    // Re-read from disk, so the formula texts as stored in the file are what gets parsed.
    try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
        XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
      XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      for (String cell : LibreOffice.formulaValues(xlsx).keySet()) {
        CellReference ref = new CellReference(cell);
        XSSFCell c =
            workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
        CellValue v = evaluator.evaluate(c);
        values.put(
            cell,
            switch (v.getCellType()) {
              case NUMERIC -> v.getNumberValue();
              case STRING -> v.getStringValue();
              case BOOLEAN -> v.getBooleanValue();
              case ERROR -> new CellError(FormulaError.forInt(v.getErrorValue()).getString());
              default -> "";
            });
      }
    }
    return values;
  }

  private static void assertValues(
      Map<String, Object> expected, Map<String, Object> actual, String engine) {
    expected.forEach(
        (cell, value) -> {
          Object got = actual.get(cell);
          if (value instanceof Double d && got instanceof Double g) {
            assertEquals(d, g, TOLERANCE, engine + " " + cell);
          } else {
            assertEquals(value, got, engine + " " + cell);
          }
        });
  }

  private Path timed(String what, Callable<Path> call) throws Exception {
    long start = System.nanoTime();
    Path result = call.call();
    System.out.printf("LibreOffice.%s took %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
    return result;
  }

  private static void assumeSoffice() {
    Assumptions.assumeTrue(
        LibreOffice.soffice().isPresent(),
        "LibreOffice (soffice) not installed: skipping independent recalculation check");
  }

  private static void write(XSSFWorkbook workbook, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }
}
