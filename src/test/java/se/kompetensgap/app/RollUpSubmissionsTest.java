package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.analysis.Submissions;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.examples.ExampleLists;
import se.kompetensgap.model.ExpectedUnit;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.ListTemplates;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.OoxmlValidator;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.testing.UnitWorkbooks;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;
import se.kompetensgap.validation.Finding;

/**
 * Issue 13 §5: a roll-up's Inlämning carries each förvaltning's own. Förvaltning A has the
 * examples' fourteen units and a list (--enheter) with a fifteenth that never returned one;
 * Förvaltning B has the same fourteen on its list, one of which sent last year's workbook
 * (rejected). The city sees A's missing unit and B's rejected one, full or counted.
 */
class RollUpSubmissionsTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();
  static final String A = "Förvaltning A";
  static final String B = "Förvaltning B";
  static final String REJECTED_UNIT = "Familjehemsenheten";

  @TempDir static Path dir;
  static Path inA;
  static Path inB;
  static Consolidation.Result full;
  static Consolidation.Result upward;
  static Consolidation.Result fullWithoutUnits;
  static Consolidation.Result region;
  static Consolidation.Result regionOfUpward;

  @BeforeAll
  static void consolidateAndRollUp() throws Exception {
    inA = units("in-a", A, "");
    inB = units("in-b", B, REJECTED_UNIT);
    Path listA = list("enheter-a.xlsx", ExampleLists.expectedUnits());
    Path listB = list("enheter-b.xlsx",
        ExampleLists.expectedUnits().stream().filter(e -> !e.unit().equals(ExampleLists.MISSING_UNIT)).toList());
    Path stad = Files.createDirectories(dir.resolve("stad"));
    Path stadUppat = Files.createDirectories(dir.resolve("stad-uppat"));
    for (boolean withoutUnits : List.of(false, true)) {
      Path to = withoutUnits ? stadUppat : stad;
      Consolidation.run(Consolidation.Request.builder(inA, to.resolve("a.xlsx"), CONFIG).expectedUnits(listA).withoutUnits(withoutUnits).build());
      Consolidation.run(Consolidation.Request.builder(inB, to.resolve("b.xlsx"), CONFIG).expectedUnits(listB).withoutUnits(withoutUnits).build());
    }
    full = rollUp(stad, dir.resolve("stad.xlsx"), false);
    upward = rollUp(stadUppat, dir.resolve("stad-av-uppat.xlsx"), false);
    fullWithoutUnits = rollUp(stad, dir.resolve("stad-utan-enheter.xlsx"), true);
    // The next level up: each roll-up rolled up again.
    Path regionFolder = Files.createDirectories(dir.resolve("region"));
    Files.copy(dir.resolve("stad.xlsx"), regionFolder.resolve("stad.xlsx"));
    region = rollUp(regionFolder, dir.resolve("region.xlsx"), false);
    Path regionUppat = Files.createDirectories(dir.resolve("region-uppat"));
    Files.copy(dir.resolve("stad-av-uppat.xlsx"), regionUppat.resolve("stad-av-uppat.xlsx"));
    regionOfUpward = rollUp(regionUppat, dir.resolve("region-av-uppat.xlsx"), false);
  }

  /** The examples' units as {@code administration}'s; {@code lastYears} sent last year's workbook. */
  static Path units(String name, String administration, String lastYears) throws Exception {
    Path folder = dir.resolve(name);
    for (UnitReport r : ExampleFolder.reports()) {
      UnitInfo i = r.info();
      int year = i.unit().equals(lastYears) ? ExampleFolder.YEAR - 1 : ExampleFolder.YEAR;
      UnitInfo info = new UnitInfo(year, administration, i.focusArea(), i.department(), i.unit(), i.manager(),
          year == ExampleFolder.YEAR ? i.date() : LocalDate.of(year, 10, 1), i.mappingType());
      UnitWorkbooks.write(folder.resolve(r.source()), CONFIG, new UnitReport(r.source(), info, r.rows(), r.risks(), r.activities()));
    }
    return folder;
  }

  static Path list(String name, List<ExpectedUnit> units) throws Exception {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = ListTemplates.expectedUnits(units); OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    return file;
  }

  static Consolidation.Result rollUp(Path folder, Path out, boolean withoutUnits) throws Exception {
    return Consolidation.run(Consolidation.Request.builder(folder, out, CONFIG).withoutUnits(withoutUnits).build());
  }

  /** A's 15 expected (14 returned, 1 missing), B's 14 (13 returned, 1 rejected): expected, returned, rejected, missing. */
  static final Map<String, List<Integer>> PER_ADMINISTRATION = Map.of(A, List.of(15, 14, 0, 1), B, List.of(14, 13, 1, 0));

  /**
   * Expected, returned, rejected and missing per Förvaltning, from the rows of Inlämning's table
   * as written: counted by Status in the full version, summed in the counted one.
   */
  static Map<String, List<Integer>> perAdministration(XSSFWorkbook wb) {
    XSSFSheet s = wb.getSheet(ListContract.SUBMISSION_SHEET);
    Map<String, Integer> col = columns(s);
    assertTrue(col.containsKey(Contract.ADMINISTRATION), "Inlämning has the column Förvaltning: " + col.keySet());
    Map<String, int[]> sums = new LinkedHashMap<>();
    for (int r = 4; s.getRow(r) != null && !Sheets.text(s.getRow(r).getCell(0)).isEmpty(); r++) {
      Row row = s.getRow(r);
      int[] v = sums.computeIfAbsent(Sheets.text(row.getCell(col.get(Contract.ADMINISTRATION))), k -> new int[4]);
      if (col.containsKey(Contract.STATUS)) {
        String status = Sheets.text(row.getCell(col.get(Contract.STATUS)));
        int k = List.of("Inkommen", "Avvisad", "Saknas").indexOf(status);
        if (k >= 0) {
          v[0]++;
          v[1 + k]++;
        }
      } else {
        v[0] += (int) Sheets.number(s, r, col.get("Förväntade"));
        v[1] += (int) Sheets.number(s, r, col.get("Inkomna"));
        v[2] += (int) Sheets.number(s, r, col.get("Avvisade"));
        v[3] += (int) Sheets.number(s, r, col.get("Saknas"));
      }
    }
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    sums.forEach((k, v) -> out.put(k, List.of(v[0], v[1], v[2], v[3])));
    return out;
  }

  /** Sammanfattning's units read and rejected for the organisation and each förvaltning. */
  static void assertKeyFigures(Path xlsx) throws Exception {
    try (XSSFWorkbook wb = Sheets.open(xlsx)) {
      XSSFSheet summary = wb.getSheet(ListContract.SUMMARY_SHEET);
      int total = Sheets.findRow(summary, 0, "Malmö stad totalt", 0, "Malmö stad totalt");
      assertEquals(List.of(27.0, 1.0), List.of(Sheets.number(summary, total, 6), Sheets.number(summary, total, 7)), "the organisation");
      int a = Sheets.findRow(summary, 0, A, 0, A);
      assertEquals(List.of(14.0, 0.0), List.of(Sheets.number(summary, a, 6), Sheets.number(summary, a, 7)), A);
      int b = Sheets.findRow(summary, 0, B, 0, B);
      assertEquals(List.of(13.0, 1.0), List.of(Sheets.number(summary, b, 6), Sheets.number(summary, b, 7)), B);
      // Completeness under Inlämning: 29 expected, 27 returned, 1 rejected, 1 missing.
      XSSFSheet s = wb.getSheet(ListContract.SUBMISSION_SHEET);
      int sum = Sheets.findRow(s, 0, "Malmö stad totalt", 0, "Malmö stad totalt");
      assertEquals(List.of(29.0, 27.0, 1.0, 1.0),
          List.of(Sheets.number(s, sum, 1), Sheets.number(s, sum, 2), Sheets.number(s, sum, 3), Sheets.number(s, sum, 4)));
      assertEquals(PER_ADMINISTRATION, perAdministration(wb));
      // …and per förvaltning below it, as formulas over the table.
      int block = Sheets.findRow(s, 0, "Fullständighet per förvaltning", 0, "Fullständighet per förvaltning");
      for (String administration : List.of(A, B)) {
        int r = block + 1;
        while (!Sheets.text(s.getRow(r).getCell(0)).equals(administration)) {
          r++;
        }
        assertEquals(PER_ADMINISTRATION.get(administration), List.of((int) Sheets.number(s, r, 1), (int) Sheets.number(s, r, 2),
            (int) Sheets.number(s, r, 3), (int) Sheets.number(s, r, 4)), administration);
      }
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  static void assertCounts(Submissions.Result r) {
    assertEquals(27, r.count(Submissions.Status.RETURNED));
    assertEquals(1, r.count(Submissions.Status.REJECTED));
    assertEquals(1, r.count(Submissions.Status.MISSING));
    assertEquals(0, r.count(Submissions.Status.UNEXPECTED));
    assertTrue(r.withList() && r.perAdministration());
  }

  /** Inlämning's columns by header (row 4), in order. */
  static Map<String, Integer> columns(XSSFSheet s) {
    Row header = s.getRow(3);
    Map<String, Integer> col = new LinkedHashMap<>();
    for (int c = 0; c < header.getLastCellNum(); c++) {
      col.put(Sheets.text(header.getCell(c)), c);
    }
    return col;
  }

  @Test
  void theFullRollUpShowsTheMissingAndTheRejectedUnitWithTheirFörvaltning() throws Exception {
    assertEquals(27, full.units().size());
    assertCounts(full.submissions());
    assertTrue(!full.submissions().countsOnly());
    try (XSSFWorkbook wb = Sheets.open(dir.resolve("stad.xlsx"))) {
      XSSFSheet s = wb.getSheet(ListContract.SUBMISSION_SHEET);
      // Across förvaltningar the Förvaltning comes first: the printed first page says whose each unit is.
      Map<String, Integer> col = columns(s);
      assertEquals(List.of(Contract.ADMINISTRATION, Contract.FOCUS_AREA, Contract.DEPARTMENT, Contract.UNIT, "Chef", "E-post",
          Contract.STATUS, ListContract.SUBMISSION_FILE), List.copyOf(col.keySet()));
      int unit = col.get(Contract.UNIT);
      int status = col.get(Contract.STATUS);
      int missing = Sheets.findRow(s, unit, ExampleLists.MISSING_UNIT, 0, A);
      assertEquals("Saknas", Sheets.text(s.getRow(missing).getCell(status)));
      assertEquals("Nils Åberg", Sheets.text(s.getRow(missing).getCell(col.get("Chef"))), "the manager A's list names");
      int rejected = Sheets.findRow(s, unit, REJECTED_UNIT, 0, B);
      assertEquals("Avvisad", Sheets.text(s.getRow(rejected).getCell(status)));
      int returned = Sheets.findRow(s, unit, REJECTED_UNIT, 0, A);
      assertEquals("Inkommen", Sheets.text(s.getRow(returned).getCell(status)));
      // Column A holds the förvaltningar's names whole.
      assertTrue(s.getColumnWidth(0) >= (A.length() + 1) * 256, "width " + s.getColumnWidth(0));
      assertEquals(29, s.getTables().get(0).getRowCount() - 1, "A's 15 lines and B's 14");
      assertTrue(Sheets.text(s.getRow(1).getCell(0)).startsWith("27 av 29 förväntade enheter"), Sheets.text(s.getRow(1).getCell(0)));
    }
    assertKeyFigures(dir.resolve("stad.xlsx"));
  }

  @Test
  void theRollUpOfUpwardVersionsCountsTheSameWithoutNamingAnyUnit() throws Exception {
    assertCounts(upward.submissions());
    assertTrue(upward.submissions().countsOnly(), "an upward input: the roll-up counts");
    assertKeyFigures(dir.resolve("stad-av-uppat.xlsx"));
    assertEquals(List.of(), UpwardPrivacyTest.found(dir.resolve("stad-av-uppat.xlsx"), identifying(), UpwardPrivacyTest.kept()));
  }

  @Test
  void aRollUpWrittenWithoutUnitsCountsPerFörvaltningAndNamesNoUnit() throws Exception {
    assertKeyFigures(dir.resolve("stad-utan-enheter.xlsx"));
    try (XSSFWorkbook wb = Sheets.open(dir.resolve("stad-utan-enheter.xlsx"))) {
      Row header = wb.getSheet(ListContract.SUBMISSION_SHEET).getRow(3);
      assertEquals(Contract.ADMINISTRATION, Sheets.text(header.getCell(0)), "across förvaltningar, Förvaltning first");
      assertEquals(Contract.FOCUS_AREA, Sheets.text(header.getCell(1)));
      assertEquals("Förväntade", Sheets.text(header.getCell(3)), "counts, not units");
      assertEquals(8, header.getLastCellNum());
    }
    assertEquals(List.of(), UpwardPrivacyTest.found(dir.resolve("stad-utan-enheter.xlsx"), identifying(), UpwardPrivacyTest.kept()));
  }

  @Test
  void aRollUpOfTheRollUpCarriesTheSameLines() throws Exception {
    assertCounts(region.submissions());
    assertEquals(full.submissions().lines().stream().map(RollUpSubmissionsTest::line).sorted().toList(),
        region.submissions().lines().stream().map(RollUpSubmissionsTest::line).sorted().toList(), "each line as the city had it");
    assertKeyFigures(dir.resolve("region.xlsx"));
    assertCounts(regionOfUpward.submissions());
    assertTrue(regionOfUpward.submissions().countsOnly());
    assertKeyFigures(dir.resolve("region-av-uppat.xlsx"));
  }

  static String line(Submissions.Line l) {
    return String.join("|", l.administration(), l.focusArea(), l.department(), l.unit(), l.manager(), l.email(), l.status().label(), l.file());
  }

  @Test
  void aWorkbookWithoutAReadableInlämningCountsItsRowsAsReturnedWithANote() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("med-gammal"));
    Files.copy(dir.resolve("stad/b.xlsx"), folder.resolve("b.xlsx"));
    // A's workbook as an older version might have written it: no Inlämning at all.
    try (XSSFWorkbook wb = Sheets.open(dir.resolve("stad/a.xlsx")); OutputStream out = Files.newOutputStream(folder.resolve("a-gammal.xlsx"))) {
      wb.removeSheetAt(wb.getSheetIndex(ListContract.SUBMISSION_SHEET));
      wb.write(out);
    }
    Consolidation.Result r = rollUp(folder, dir.resolve("med-gammal.xlsx"), false);
    assertEquals(27, r.units().size());
    Submissions.Result s = r.submissions();
    assertEquals(14, s.countIn(A, Submissions.Status.RETURNED), "A's rows read");
    assertEquals(0, s.countIn(A, Submissions.Status.MISSING), "what A expected is not known");
    assertEquals(List.of(13L, 1L, 0L), List.of(s.countIn(B, Submissions.Status.RETURNED), s.countIn(B, Submissions.Status.REJECTED),
        s.countIn(B, Submissions.Status.MISSING)), "B's own");
    List<String> notes = r.outcomes().stream().flatMap(o -> o.findings().stream()).map(Finding::message)
        .filter(m -> m.equals(RollUpSubmissions.notCarried("a-gammal.xlsx"))).toList();
    assertEquals(1, notes.size(), "said once on Inläsning");
    assertEquals(List.of(), OoxmlValidator.validate(List.of(dir.resolve("med-gammal.xlsx"))).get(dir.resolve("med-gammal.xlsx")));
  }

  @Test
  void everyRollUpIsValidOpenXml() throws Exception {
    List<Path> files = Stream.of("stad.xlsx", "stad-av-uppat.xlsx", "stad-utan-enheter.xlsx", "region.xlsx", "region-av-uppat.xlsx")
        .map(dir::resolve).toList();
    var errors = OoxmlValidator.validate(files);
    for (Path f : files) {
      assertEquals(List.of(), errors.get(f), f.getFileName().toString());
    }
  }

  @Test
  void theCountedFormulasRecalculateInLibreOfficeToTheirCachedValues() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(se.kompetensgap.testing.LibreOffice.soffice().isPresent(),
        "LibreOffice (soffice) saknas: den oberoende omräkningen hoppas över");
    for (String f : List.of("stad.xlsx", "stad-av-uppat.xlsx")) {
      Path recalculated = se.kompetensgap.testing.LibreOffice.recalculate(dir.resolve(f), Files.createDirectories(dir.resolve("lo-" + f)));
      assertEquals(List.of(), se.kompetensgap.testing.LibreOffice.compare(dir.resolve(f), recalculated, 1e-9), f);
    }
  }

  /** Units, managers and e-mail addresses of the lists and workbooks; the managers' file names. */
  static Set<String> identifying() throws Exception {
    Set<String> out = new LinkedHashSet<>();
    for (ExpectedUnit e : ExampleLists.expectedUnits()) {
      out.add(e.unit());
      out.add(e.manager());
      out.add(e.email());
    }
    for (UnitReport r : ExampleFolder.reports()) {
      out.add(r.info().unit());
      out.add(r.info().manager());
    }
    List<Path> files = new ArrayList<>();
    for (Path folder : List.of(inA, inB)) {
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      }
      for (Path f : files) {
        if (f.startsWith(folder)) {
          out.add(f.getFileName().toString());
          out.add(folder.relativize(f).toString().replace('\\', '/'));
        }
      }
    }
    out.removeIf(String::isBlank);
    return out;
  }
}
