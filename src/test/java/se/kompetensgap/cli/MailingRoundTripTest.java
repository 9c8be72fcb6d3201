package se.kompetensgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.ExpectedUnit;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.output.ListTemplates;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.text.Contract;

/**
 * Issue 11's round trip, through the command line as HR runs it: the examples consolidated (FJOL,
 * 2026) → {@code utskick} → the workbooks sent back and consolidated with {@code --foregaende}.
 * Figures are read from the written workbooks with POI by table and header, not through the
 * program's own readers.
 */
class MailingRoundTripTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();
  static final String EB = "Socialsekreterare ekonomiskt bistånd";
  static final String EB_NORR = "Ekonomiskt bistånd/Ekonomiskt bistånd Norr.xlsx";

  @TempDir static Path dir;
  static Path fjol;
  static Path sent;
  static String sentOut;

  @BeforeAll
  static void lastYearAndMailing() throws Exception {
    Path incoming = dir.resolve("inkommande-2026");
    ExampleFolder.write(incoming, CONFIG);
    fjol = dir.resolve("konsoliderad-2026.xlsx");
    assertEquals(0, run("konsolidera", incoming.toString(), "-o", fjol.toString(), "-q").code());
    sent = dir.resolve("utskick-2027");
    Run r = run("utskick", "--foregaende", fjol.toString(), "-o", sent.toString(), "--sista-dag", "2027-03-15");
    assertEquals(0, r.code(), r.err());
    sentOut = r.out();
  }

  /** Every pre-filled workbook and the mail-merge list: 0 errors from the Open XML validator. */
  @Test
  void everyWorkbookOfTheMailingIsValidOpenXml() throws Exception {
    java.util.List<Path> files;
    try (var walk = java.nio.file.Files.walk(sent)) {
      files = walk.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
    }
    assertEquals(15, files.size(), "14 units and utskick.xlsx");
    var errors = se.kompetensgap.testing.OoxmlValidator.validate(files);
    for (Path f : files) {
      assertEquals(java.util.List.of(), errors.get(f), f.getFileName().toString());
    }
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void oneWorkbookPerUnitInAFolderPerAreaAndTheMailingList() throws Exception {
    assertEquals("14 arbetsböcker för 2027 → " + sent + " (14 ifyllda med förra årets kartläggning), "
        + "lista för koppla dokument: utskick.xlsx\n", sentOut);
    List<String> files = workbooks(sent);
    assertEquals(14, files.size(), files.toString());
    assertTrue(files.contains(EB_NORR), files.toString());
    try (XSSFWorkbook wb = new XSSFWorkbook(sent.resolve("utskick.xlsx").toFile())) {
      List<List<String>> rows = tableRows(wb, "Utskick");
      assertEquals(14, rows.size());
      List<String> header = tableHeader(wb, "Utskick");
      assertEquals(List.of("Fokusområde", "Avdelning", "Enhet", "Chef", "E-post", "Fil"), header);
      // Without --enheter the file names are what was written; every row points at a real file.
      for (List<String> row : rows) {
        assertTrue(Files.isRegularFile(sent.resolve(row.get(5))), row.toString());
      }
    }
  }

  @Test
  void thePrefilledWorkbookCarriesLastYear() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(sent.resolve(EB_NORR).toFile())) {
      Map<String, String> unit = keyValues(wb);
      assertEquals("2027", unit.get("År"));
      assertEquals("Ekonomiskt bistånd", unit.get("Fokusområde"));
      assertEquals("Ekonomiskt bistånd Norr", unit.get("Enhet"));
      assertEquals("Fullständig", unit.get("Kartläggningstyp"));
      assertEquals("", unit.get("Datum"));
      // The instructions name the last day.
      assertTrue(text(wb.getSheet("Instruktioner")).contains("senast 2027-03-15"));
      // Risk and activities of last year are there to revise.
      assertFalse(tableRows(wb, Contract.RISK_TABLE).stream().allMatch(r -> r.subList(1, r.size()).stream().allMatch(String::isEmpty)));
      assertTrue(tableRows(wb, Contract.ACTIVITY_TABLE).stream().anyMatch(r -> !r.get(2).isEmpty()));
      // The "Förra året" block beside the table: last year's totals, locked.
      XSSFSheet mapping = wb.getSheet(Contract.MAPPING_SHEET);
      assertTrue(text(mapping).contains("Förra året (2026)"));
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  @Test
  void sentBackUnchangedTheSupplyIsLastYearsAndNothingMoved() throws Exception {
    Path out = dir.resolve("unchanged-2027.xlsx");
    Run r = run("konsolidera", sent.toString(), "-o", out.toString(), "--foregaende", fjol.toString(), "-q");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().startsWith("14 arbetsböcker inlästa, 0 avvisade, 1 hoppades över"), r.out());
    assertEquals(underlag(fjol), underlag(out));
    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      // Sent back as it came: valid, and Inläsning says so for every unit.
      assertEquals(14, notesUnchanged(wb).size(), notesUnchanged(wb).toString());
      Map<String, double[]> outcome = outcomes(wb);
      assertFalse(outcome.isEmpty());
      outcome.forEach((k, v) -> assertEquals(0.0, v[0], k));
    }
  }

  @Test
  void theReceiptOfAWorkbookSentBackUnchangedSaysSo() throws Exception {
    Path receipts = dir.resolve("kvitton");
    Run r = run("validera", sent.toString(), "--foregaende", fjol.toString(), "--kvitton", receipts.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    try (Stream<Path> s = Files.list(receipts)) {
      List<Path> files = s.toList();
      assertEquals(14, files.size(), files.toString());
      for (Path f : files) {
        assertTrue(Files.readString(f, StandardCharsets.UTF_8).contains("Inga ändringar sedan förra året"), f.toString());
      }
    }
  }

  @Test
  void cellsChangedByAScriptAreExactlyTheChanges() throws Exception {
    Optional<String> python = pythonWithOpenpyxl();
    assumeTrue(python.isPresent(), "python3 with openpyxl is not installed");
    Path changed = dir.resolve("utskick-andrad");
    copyTree(sent, changed);
    Path script = dir.resolve("change.py");
    Files.writeString(script, """
        import sys, openpyxl
        path, category = sys.argv[1], sys.argv[2]
        wb = openpyxl.load_workbook(path)
        ws = wb['Kartläggning']
        table = ws.tables['Kartlaggning']
        first = openpyxl.utils.cell.range_boundaries(table.ref)
        header = [c.value for c in ws[first[1]][first[0]-1:first[2]]]
        for row in ws.iter_rows(min_row=first[1] + 1, max_row=first[3]):
            if row[header.index('Yrkeskategori')].value == category:
                row[header.index('Tillgång God')].value += 3
                row[header.index('Behov 2 år Viss')].value = (row[header.index('Behov 2 år Viss')].value or 0) + 2
        wb.save(path)
        """);
    Process p = new ProcessBuilder(python.get(), script.toString(), changed.resolve(EB_NORR).toString(), EB)
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), log);

    Path out = dir.resolve("changed-2027.xlsx");
    Run r = run("konsolidera", changed.toString(), "-o", out.toString(), "--foregaende", fjol.toString(), "-q");
    assertEquals(0, r.code(), r.out() + r.err());
    Map<String, List<Integer>> before = underlag(fjol);
    Map<String, List<Integer>> after = underlag(out);
    assertEquals(before.keySet(), after.keySet());
    List<String> differences = new ArrayList<>();
    List<String> numbers = Contract.numberHeaders();
    for (String k : before.keySet()) {
      for (int i = 0; i < numbers.size(); i++) {
        if (!before.get(k).get(i).equals(after.get(k).get(i))) {
          differences.add(k + " " + numbers.get(i) + " " + (after.get(k).get(i) - before.get(k).get(i)));
        }
      }
    }
    assertEquals(List.of(
        "Ekonomiskt bistånd Norr|" + EB + " Tillgång God 3",
        "Ekonomiskt bistånd Norr|" + EB + " Behov 2 år Viss 2"), differences);
    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      List<String> unchanged = notesUnchanged(wb);
      assertEquals(13, unchanged.size(), unchanged.toString());
      assertFalse(unchanged.contains(EB_NORR));
      Map<String, double[]> outcome = outcomes(wb);
      // Net change of supply: +3 for the category and the totals above it, 0 everywhere else.
      Map<String, Double> moved = new TreeMap<>();
      outcome.forEach((k, v) -> {
        if (v[0] != 0) {
          moved.put(k, v[0]);
        }
      });
      assertEquals(Map.of("Ekonomiskt bistånd|" + EB, 3.0, "Ekonomiskt bistånd|Ekonomiskt bistånd totalt", 3.0,
          "|Socialsekreterare totalt", 3.0, "|Förvaltningen totalt", 3.0), moved);
      // The God level has a goal (56) for the category, so its outcome shows: +3.
      assertEquals(3.0, outcome.get("Ekonomiskt bistånd|" + EB)[1]);
    }
  }

  @Test
  void lightRoundCarriesTheSupplyAndRevisesTheNeed() throws Exception {
    Path light = dir.resolve("utskick-latt");
    Run r = run("utskick", "--foregaende", fjol.toString(), "-o", light.toString(), "--lattversion");
    assertEquals(0, r.code(), r.err());
    Path file = light.resolve(EB_NORR);
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      assertEquals("Lättversion", keyValues(wb).get("Kartläggningstyp"));
      XSSFTable t = table(wb, Contract.MAPPING_TABLE);
      int god = column(t, "Tillgång God");
      int need = column(t, "Behov 2 år God");
      int row = rowOf(t, EB);
      Cell supply = t.getXSSFSheet().getRow(row).getCell(god);
      assertTrue(supply.getCellStyle().getLocked(), "supply is locked in a Lättversion");
      assertFalse(t.getXSSFSheet().getRow(row).getCell(need).getCellStyle().getLocked());
      assertTrue(text(t.getXSSFSheet()).contains("från förra året"));
      // What a script (or a manager past the protection) does: the supply typed over is ignored.
      supply.setCellValue(supply.getNumericCellValue() + 50);
      Cell n = t.getXSSFSheet().getRow(row).getCell(need);
      n.setCellValue(n.getNumericCellValue() + 4);
      try (OutputStream os = Files.newOutputStream(light.resolve("tmp.xlsx"))) {
        wb.write(os);
      }
    }
    Files.move(light.resolve("tmp.xlsx"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path out = dir.resolve("light-2027.xlsx");
    Run c = run("konsolidera", light.toString(), "-o", out.toString(), "--foregaende", fjol.toString(), "-q");
    assertEquals(0, c.code(), c.out() + c.err());
    Map<String, List<Integer>> before = underlag(fjol);
    Map<String, List<Integer>> after = underlag(out);
    String key = "Ekonomiskt bistånd Norr|" + EB;
    int god = Contract.numberHeaders().indexOf("Tillgång God");
    int need = Contract.numberHeaders().indexOf("Behov 2 år God");
    assertEquals(before.get(key).get(god), after.get(key).get(god), "supply carried");
    assertEquals(before.get(key).get(need) + 4, after.get(key).get(need), "need revised");
  }

  @Test
  void theListDecidesWhoGetsOne() throws Exception {
    List<ExpectedUnit> units = new ArrayList<>();
    units.add(new ExpectedUnit(new FocusArea("Ekonomiskt bistånd"), "Ekonomiskt bistånd", "Ekonomiskt bistånd Norr",
        "Karin Ny", "karin.ny@exempel.se"));
    units.add(new ExpectedUnit(new FocusArea("Vuxna"), "Myndighet vuxna", "Mottagningsenheten vuxna",
        "Nils Åberg", "nils.aberg@exempel.se"));
    Path list = dir.resolve("enheter-2027.xlsx");
    try (XSSFWorkbook wb = ListTemplates.expectedUnits(units); OutputStream os = Files.newOutputStream(list)) {
      wb.write(os);
    }
    Path out = dir.resolve("utskick-lista");
    Run r = run("utskick", "--foregaende", fjol.toString(), "-o", out.toString(), "--enheter", list.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("13 enheter i förra årets sammanställning finns inte i enhetslistan"), r.out());
    assertTrue(r.out().contains("  Vuxna / Myndighet vuxna / Boendeenheten\n") || r.out().contains("/ Boendeenheten\n"), r.out());
    assertTrue(r.out().endsWith("2 arbetsböcker för 2027 → " + out + " (1 ifylld med förra årets kartläggning, "
        + "1 ny enhet med tom mall), lista för koppla dokument: utskick.xlsx\n"), r.out());
    assertEquals(List.of("Ekonomiskt bistånd/Ekonomiskt bistånd Norr.xlsx", "Vuxna/Mottagningsenheten vuxna.xlsx"), workbooks(out));
    try (XSSFWorkbook wb = new XSSFWorkbook(out.resolve("Vuxna/Mottagningsenheten vuxna.xlsx").toFile())) {
      Map<String, String> unit = keyValues(wb);
      assertEquals("Mottagningsenheten vuxna", unit.get("Enhet"));
      assertEquals("Myndighet vuxna", unit.get("Avdelning"));
      assertEquals("Nils Åberg", unit.get("Ansvarig chef"));
      assertEquals("2027", unit.get("År"));
      // The blank template: no figures, no "Förra året" block.
      XSSFTable t = table(wb, Contract.MAPPING_TABLE);
      assertTrue(tableRows(wb, Contract.MAPPING_TABLE).stream().allMatch(row -> row.subList(1, 13).stream().allMatch(String::isEmpty)));
      assertFalse(text(t.getXSSFSheet()).contains("Förra året"));
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(out.resolve("Ekonomiskt bistånd/Ekonomiskt bistånd Norr.xlsx").toFile())) {
      assertEquals("Karin Ny", keyValues(wb).get("Ansvarig chef"));
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(out.resolve("utskick.xlsx").toFile())) {
      assertEquals(List.of(
          List.of("Ekonomiskt bistånd", "Ekonomiskt bistånd", "Ekonomiskt bistånd Norr", "Karin Ny", "karin.ny@exempel.se",
              "Ekonomiskt bistånd/Ekonomiskt bistånd Norr.xlsx"),
          List.of("Vuxna", "Myndighet vuxna", "Mottagningsenheten vuxna", "Nils Åberg", "nils.aberg@exempel.se",
              "Vuxna/Mottagningsenheten vuxna.xlsx")), tableRows(wb, "Utskick"));
    }
  }

  @Test
  void aManagersWorkbookIsNoFjolAndNothingIsWritten() throws Exception {
    Path out = dir.resolve("utskick-fel");
    Run r = run("utskick", "--foregaende", sent.resolve(EB_NORR).toString(), "-o", out.toString());
    assertEquals(ExitCode.ERROR, r.code());
    assertTrue(r.err().contains("ingen konsoliderad arbetsbok"), r.err());
    assertTrue(r.err().contains("Inget skrevs."), r.err());
    assertFalse(Files.exists(out));
    try (Stream<Path> s = Files.list(dir)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".utskick-")), "no staging folder left");
    }
  }

  @Test
  void aFolderThatIsNotEmptyIsRefused() throws Exception {
    Path out = Files.createDirectories(dir.resolve("utskick-upptagen"));
    Files.writeString(out.resolve("gammal.txt"), "x");
    Run r = run("utskick", "--foregaende", fjol.toString(), "-o", out.toString());
    assertEquals(ExitCode.ERROR, r.code());
    assertTrue(r.err().contains("är inte tom"), r.err());
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(1, s.count());
    }
  }

  @Test
  void libreOfficeRecalculatesAPrefilledWorkbookToItsCachedValues() throws Exception {
    assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice is not installed");
    Path in = sent.resolve(EB_NORR);
    Path recalculated = LibreOffice.recalculate(in, dir.resolve("lo"));
    assertEquals(List.of(), LibreOffice.compare(in, recalculated, 1e-9));
  }

  // --- reading with POI ---

  static List<String> workbooks(Path folder) throws Exception {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(p -> p.toString().endsWith(".xlsx") && !p.getFileName().toString().equals("utskick.xlsx"))
          .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  static Optional<String> pythonWithOpenpyxl() {
    for (String candidate : List.of("python3", "/usr/bin/python3")) {
      try {
        Process p = new ProcessBuilder(candidate, "-c", "import openpyxl").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return Optional.of(candidate);
        }
      } catch (Exception e) {
        // try the next
      }
    }
    return Optional.empty();
  }

  /** Underlag per "Enhet|Yrkeskategori": the twelve numbers. */
  static Map<String, List<Integer>> underlag(Path file) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      XSSFTable t = table(wb, Contract.BASIS_TABLE);
      Map<String, List<Integer>> out = new TreeMap<>();
      int unit = column(t, Contract.UNIT);
      int cat = column(t, Contract.CATEGORY);
      List<Integer> numbers = Contract.numberHeaders().stream().map(h -> column(t, h)).toList();
      for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
        Row row = t.getXSSFSheet().getRow(r);
        List<Integer> n = numbers.stream().map(c -> (int) row.getCell(c).getNumericCellValue()).toList();
        List<Integer> old = out.put(row.getCell(unit).getStringCellValue() + "|" + row.getCell(cat).getStringCellValue(), n);
        assertEquals(null, old, "one row per unit and category");
      }
      return out;
    }
  }

  /** Måluppfyllelse's category rows: "Fokusområde|Yrkeskategori" → {Utfall kvantitativt, Utfall God}. */
  static Map<String, double[]> outcomes(XSSFWorkbook wb) {
    XSSFSheet s = wb.getSheet(Contract.FULFILMENT_SHEET);
    Map<String, double[]> out = new LinkedHashMap<>();
    for (int r = 5; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      if (row == null || row.getCell(3) == null || row.getCell(3).getCellType() != CellType.FORMULA
          || row.getCell(3).getCachedFormulaResultType() != CellType.NUMERIC) {
        continue;
      }
      Cell god = row.getCell(9);
      double g = god != null && god.getCellType() == CellType.FORMULA && god.getCachedFormulaResultType() == CellType.NUMERIC ? god.getNumericCellValue() : Double.NaN;
      // The first table is this year's 2-year goals; earlier years' goals stand below it.
      out.putIfAbsent(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue(),
          new double[] {row.getCell(3).getNumericCellValue(), g});
    }
    return out;
  }

  /** The files Inläsning notes as "Inga ändringar sedan förra året". */
  static List<String> notesUnchanged(XSSFWorkbook wb) {
    List<String> files = new ArrayList<>();
    for (List<String> row : tableRows(wb, "Inlasning")) {
      if (row.get(row.size() - 1).startsWith("Inga ändringar sedan förra året")) {
        files.add(row.get(0));
      }
    }
    return files;
  }

  static XSSFTable table(XSSFWorkbook wb, String name) {
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      for (XSSFTable t : wb.getSheetAt(i).getTables()) {
        if (t.getName().equals(name)) {
          return t;
        }
      }
    }
    throw new AssertionError("no table " + name);
  }

  static int column(XSSFTable t, String header) {
    Row h = t.getXSSFSheet().getRow(t.getStartRowIndex());
    for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
      if (h.getCell(c).getStringCellValue().equals(header)) {
        return c;
      }
    }
    throw new AssertionError("no column " + header + " in " + t.getName());
  }

  static int rowOf(XSSFTable t, String category) {
    int c = column(t, Contract.CATEGORY);
    for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
      if (t.getXSSFSheet().getRow(r).getCell(c).getStringCellValue().equals(category)) {
        return r;
      }
    }
    throw new AssertionError("no row " + category);
  }

  static List<String> tableHeader(XSSFWorkbook wb, String name) {
    XSSFTable t = table(wb, name);
    DataFormatter f = new DataFormatter();
    List<String> out = new ArrayList<>();
    for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
      out.add(f.formatCellValue(t.getXSSFSheet().getRow(t.getStartRowIndex()).getCell(c)));
    }
    return out;
  }

  static List<List<String>> tableRows(XSSFWorkbook wb, String name) {
    XSSFTable t = table(wb, name);
    DataFormatter f = new DataFormatter();
    List<List<String>> out = new ArrayList<>();
    for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
      Row row = t.getXSSFSheet().getRow(r);
      List<String> cells = new ArrayList<>();
      for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
        Cell cell = row == null ? null : row.getCell(c);
        cells.add(cell == null || cell.getCellType() == CellType.FORMULA ? "" : f.formatCellValue(cell));
      }
      out.add(cells);
    }
    return out;
  }

  static Map<String, String> keyValues(XSSFWorkbook wb) {
    Map<String, String> out = new LinkedHashMap<>();
    for (List<String> row : tableRows(wb, Contract.UNIT_TABLE)) {
      out.put(row.get(0), row.get(1));
    }
    return out;
  }

  static String text(XSSFSheet sheet) {
    StringBuilder b = new StringBuilder();
    DataFormatter f = new DataFormatter();
    for (Row row : sheet) {
      for (Cell c : row) {
        b.append(f.formatCellValue(c)).append('\n');
      }
    }
    return b.toString();
  }
}
