package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.analysis.KollComparison;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.Docs;
import se.kompetensgap.testing.OoxmlValidator;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.testing.UnitWorkbooks;
import se.kompetensgap.text.Contract;

/**
 * Issue 13 §2–3 in the nämnd's report: HistoryChainTest's 2024 → 2025 → 2026 chain (Koll given
 * in 2025 and 2026), reported with {@code rapport}. The long-term tables in the report carry the
 * numbers Måluppfyllelse shows (read here with POI), the sentences say them, and the Koll
 * comparison's flagged line (mapping +61, Koll −16) gets seed 000's paragraph. Workbooks HR has
 * edited (a goal typed over, a section's headers removed, a cell showing an error, the whole
 * long-term part removed) still give a report, without what cannot be read.
 */
class ReportLongTermTest {

  static final String EB = HistoryChainTest.EB;
  static final String NBSP_PERCENT = "\u00a0%";

  @TempDir static Path dir;
  static Map<Integer, Path> workbooks = new TreeMap<>();
  static Map<Integer, Path> reports = new TreeMap<>();
  static Path edited;
  static Path editedReport;
  static Path withoutLongTerm;
  static Path withoutLongTermReport;

  @BeforeAll
  static void threeYearsReported() throws Exception {
    Path previous = null;
    for (int year = 2024; year <= 2026; year++) {
      Path out = HistoryChainTest.consolidate(dir, year, previous, true);
      workbooks.put(year, out);
      reports.put(year, report(out));
      previous = out;
    }
    edited = dir.resolve("rättad").resolve("konsoliderad-2026.xlsx");
    Files.createDirectories(edited.getParent());
    try (XSSFWorkbook wb = Sheets.open(workbooks.get(2026)); OutputStream out = Files.newOutputStream(edited)) {
      XSSFSheet s = wb.getSheet(Contract.FULFILMENT_SHEET);
      // HR types over the goal 2024 set for 2029 (ekonomiskt bistånd).
      int five2024 = HistoryChainTest.rowStartingWith(s, "Mål satta 2024 på 5 års sikt");
      Cell goal = s.getRow(HistoryChainTest.rowAfter(s, five2024, EB)).getCell(2);
      goal.setBlank();
      goal.setCellValue(100);
      // HR deletes the header rows of 2025's five-year goals.
      int five2025 = HistoryChainTest.rowStartingWith(s, "Mål satta 2025 på 5 års sikt");
      s.removeRow(s.getRow(five2025 + 1));
      s.removeRow(s.getRow(five2025 + 2));
      // A cell of 2024's two-year goals shows an error.
      int two2024 = HistoryChainTest.rowStartingWith(s, "Mål satta 2024 på 2 års sikt");
      Cell broken = s.getRow(HistoryChainTest.rowAfter(s, two2024, EB)).getCell(3);
      broken.setBlank();
      broken.setCellErrorValue(FormulaError.DIV0.getCode());
      wb.write(out);
    }
    editedReport = report(edited);
    // 2025's workbook with the long-term part removed: the first table only.
    withoutLongTerm = dir.resolve("utan").resolve("konsoliderad-2025.xlsx");
    Files.createDirectories(withoutLongTerm.getParent());
    try (XSSFWorkbook wb = Sheets.open(workbooks.get(2025)); OutputStream out = Files.newOutputStream(withoutLongTerm)) {
      XSSFSheet s = wb.getSheet(Contract.FULFILMENT_SHEET);
      int first = HistoryChainTest.rowStartingWith(s, "Tidigare års mål som ännu gäller");
      for (int r = s.getLastRowNum(); r >= first; r--) {
        if (s.getRow(r) != null) {
          s.removeRow(s.getRow(r));
        }
      }
      wb.write(out);
    }
    withoutLongTermReport = report(withoutLongTerm);
    // -Dkompetensgap.keep=DIR keeps the 2026 report to look at (e.g. as PDF with soffice).
    String keep = System.getProperty("kompetensgap.keep");
    if (keep != null) {
      Files.createDirectories(Path.of(keep));
      Files.copy(reports.get(2026), Path.of(keep).resolve("rapport-2026-langsiktiga.docx"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static Path report(Path workbook) {
    Path docx = workbook.resolveSibling(workbook.getFileName().toString().replace("konsoliderad", "rapport").replace(".xlsx", ".docx"));
    var run = Seed2017FulfilmentTest.main("rapport", workbook.toString(), "-o", docx.toString());
    assertEquals(0, run.code(), run.err());
    return docx;
  }

  // --- what the workbook shows ---

  /** A long-term section's lines as Måluppfyllelse shows them: B, C, D, E, R, S, T. */
  record Line(String category, int goal, int outcome, double percent, int movesGoal, int movesOutcome, double movesPercent) {}

  static List<Line> sheetLines(Path workbook, String heading) throws Exception {
    List<Line> out = new ArrayList<>();
    try (XSSFWorkbook wb = Sheets.open(workbook)) {
      XSSFSheet s = wb.getSheet(Contract.FULFILMENT_SHEET);
      int h = HistoryChainTest.rowStartingWith(s, heading);
      assertEquals("Mål satt år", s.getRow(h + 2).getCell(20).getStringCellValue());
      for (int r = h + 3; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        if (row == null || Sheets.text(row.getCell(1)).isBlank()) {
          break;
        }
        out.add(new Line(Sheets.text(row.getCell(1)), (int) number(row, 2), (int) number(row, 3), percent(row, 4),
            (int) number(row, 17), (int) number(row, 18), percent(row, 19)));
      }
    }
    assertTrue(out.size() > 5, heading + ": " + out);
    return out;
  }

  static double number(Row row, int col) {
    return row.getCell(col).getNumericCellValue();
  }

  /** The cached % of the goal; NaN where the goal is 0 (the cell shows ""). */
  static double percent(Row row, int col) {
    Cell c = row.getCell(col);
    return c.getCachedFormulaResultType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? c.getNumericCellValue() : Double.NaN;
  }

  static String signed(int n) {
    return n < 0 ? "\u2212" + (-n) : Integer.toString(n);
  }

  /** The report's share cell for the sheet's cached share, "162 %" or "–". */
  static String share(double cached) {
    if (Double.isNaN(cached)) {
      return "–";
    }
    long p = Math.round(100 * cached);
    return (p < 0 ? "\u2212" + (-p) : Long.toString(p)) + NBSP_PERCENT;
  }

  // --- what the report says ---

  /** The rows of the table after the label paragraph starting with {@code label}, or null. */
  static List<List<String>> tableAfter(XWPFDocument doc, String label) {
    boolean seen = false;
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p && p.getText().startsWith(label)) {
        seen = true;
      } else if (seen && e instanceof XWPFTable t) {
        return se.kompetensgap.testing.Docs.rows(t);
      }
    }
    return null;
  }

  static List<List<String>> expectedRows(List<Line> lines) {
    List<List<String>> out = new ArrayList<>();
    for (Line l : lines) {
      out.add(List.of(l.category(), signed(l.goal()), signed(l.outcome()), share(l.percent()), Integer.toString(l.movesGoal()),
          signed(l.movesOutcome()), share(l.movesPercent())));
    }
    return out;
  }

  @Test
  void the2026ReportHasEachEarlierGoalYearWithTheNumbersMaluppfyllelseShows() throws Exception {
    Map<String, String> sections = Map.of(
        "Mål satta 2024 på 2 års sikt (till 2026): slutresultat 2026", "Mål på 2 års sikt, satta 2024 (till 2026): slutresultat 2026",
        "Mål satta 2024 på 5 års sikt (till 2029): delresultat 2026", "Mål på 5 års sikt, satta 2024 (till 2029): delresultat 2026, efter 2 av 5 år",
        "Mål satta 2025 på 5 års sikt (till 2030): delresultat 2026", "Mål på 5 års sikt, satta 2025 (till 2030): delresultat 2026, efter 1 av 5 år");
    try (XWPFDocument doc = Docs.open(reports.get(2026))) {
      for (Map.Entry<String, String> e : sections.entrySet()) {
        List<List<String>> table = tableAfter(doc, e.getValue());
        assertNotNull(table, "a table after " + e.getValue());
        List<Line> lines = sheetLines(workbooks.get(2026), e.getKey());
        assertEquals(expectedRows(lines), table.subList(1, table.size()), e.getKey());
        String target = e.getKey().replaceAll(".*\\(till (\\d{4})\\).*", "$1");
        assertEquals(List.of("Yrkeskategori", "Mål till " + target, "Utfall " + e.getKey().substring(10, 14) + "–2026",
            "Andel av målet", "Förflyttningar, mål", "Förflyttningar, utfall", "Andel av målet"),
            table.get(0).stream().map(h -> h.replace("\u00ad", "")).toList());
      }
      // The known change, as a line of the table: ekonomiskt bistånd, +61 at God since 2025.
      List<List<String>> five2025 = tableAfter(doc, "Mål på 5 års sikt, satta 2025");
      assertEquals("61", five2025.stream().filter(r -> r.get(0).equals(EB)).findFirst().orElseThrow().get(2));
    }
  }

  @Test
  void theSentencesSayTheForvaltningsNumbersSoFarAndTheFinalResult() throws Exception {
    Line five = last(sheetLines(workbooks.get(2026), "Mål satta 2024 på 5 års sikt"));
    Line two = last(sheetLines(workbooks.get(2026), "Mål satta 2024 på 2 års sikt"));
    for (Line l : List.of(five, two)) {
      assertEquals("Förvaltningen totalt", l.category());
      assertTrue(l.goal() > 0 && l.outcome() > 0 && l.movesGoal() > 0 && l.movesOutcome() > 0, l.toString());
    }
    String text;
    try (XWPFDocument doc = Docs.open(reports.get(2026))) {
      text = Docs.text(doc);
    }
    assertTrue(text.contains("Målet för 2029 sattes 2024. Hittills har tillgången ökat med " + five.outcome() + " av " + five.goal()
        + ", " + share(five.percent()) + " av målet. Av " + five.movesGoal() + " kompetensförflyttningar har hittills "
        + five.movesOutcome() + " gjorts, " + share(five.movesPercent()) + " av målet."), text);
    assertTrue(text.contains("Målet för 2026 sattes 2024, och 2026 är målåret: det här är slutresultatet. Tillgången ökade med "
        + two.outcome() + " av " + two.goal() + ", " + share(two.percent()) + " av målet. Av " + two.movesGoal()
        + " kompetensförflyttningar gjordes " + two.movesOutcome() + ", " + share(two.movesPercent()) + " av målet."), text);
    assertTrue(text.contains("Målet för 2030 sattes 2025. Hittills har tillgången"), text);
  }

  static Line last(List<Line> lines) {
    return lines.get(lines.size() - 1);
  }

  @Test
  void theSubsectionsAreHeading2UnderUtvarderingAfterLastYearsGoals() throws Exception {
    try (XWPFDocument doc = Docs.open(reports.get(2026))) {
      List<String> h1 = Docs.styled(doc, "Heading1");
      assertEquals(h1.indexOf("Sammanfattning") + 1, h1.indexOf("Utvärdering av kompetensmål"), h1.toString());
      List<String> headings = new ArrayList<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        if ("Heading1".equals(p.getStyle()) || "Heading2".equals(p.getStyle())) {
          headings.add(p.getText());
        }
      }
      int evaluation = headings.indexOf("Utvärdering av kompetensmål");
      int longTerm = headings.indexOf("Tidigare års mål (2 och 5 år)");
      int koll = headings.indexOf("Kartläggningen och Koll");
      assertTrue(evaluation >= 0 && longTerm > evaluation + 1 && koll == longTerm + 1, headings.toString());
      assertTrue(headings.get(evaluation + 1).startsWith("Fokusområde"), "last year's two-year goals come first: " + headings);
      assertEquals("Kompetensgap", headings.get(koll + 1), headings.toString());
    }
    try (XWPFDocument doc = Docs.open(reports.get(2025))) {
      assertTrue(Docs.styled(doc, "Heading2").contains("Långsiktiga mål (5 år)"), "2025 measures only 2024's five-year goals");
      String text = Docs.text(doc);
      assertTrue(text.contains("Mål på 5 års sikt, satta 2024 (till 2029): delresultat 2025, efter 1 av 5 år"), text);
      assertFalse(text.contains("Kartläggningen och Koll"), "2024 has no Koll: nothing to compare in 2025");
      assertEquals(expectedRows(sheetLines(workbooks.get(2025), "Mål satta 2024 på 5 års sikt")),
          tableAfter(doc, "Mål på 5 års sikt, satta 2024").subList(1, tableAfter(doc, "Mål på 5 års sikt, satta 2024").size()));
    }
  }

  @Test
  void theKollLineWithMapping61AndKollMinus16GetsSeed000sParagraph() throws Exception {
    int mapped;
    int koll;
    int totalMapped;
    int totalKoll;
    try (XSSFWorkbook wb = Sheets.open(workbooks.get(2026))) {
      XSSFSheet s = wb.getSheet(Contract.FULFILMENT_SHEET);
      int heading = HistoryChainTest.rowStartingWith(s, "Kartläggningen och Koll");
      Row eb = s.getRow(HistoryChainTest.rowAfter(s, heading, EB));
      mapped = (int) number(eb, 4);
      koll = (int) number(eb, 7);
      assertEquals(KollComparison.FLAG, eb.getCell(9).getStringCellValue());
      Row total = s.getRow(HistoryChainTest.rowAfter(s, heading, "Totalt för jämförda yrkeskategorier"));
      totalMapped = (int) number(total, 4);
      totalKoll = (int) number(total, 7);
    }
    assertEquals(61, mapped);
    assertEquals(-16, koll);
    try (XWPFDocument doc = Docs.open(reports.get(2026))) {
      String text = Docs.text(doc);
      assertTrue(text.contains("Förändringen av tillgången enligt kartläggningen 2025–2026 jämförs med förändringen av antalet "
          + "anställda enligt statistikverktyget Koll för 2 yrkeskategorier."), text);
      assertTrue(text.contains("Enligt kartläggningen ökade antalet inom yrkeskategorin socialsekreterare ekonomiskt bistånd med 61 "
          + "från 2025 till 2026. Enligt Koll minskade antalet med 16. " + KollComparison.FLAG + "."), text);
      assertTrue(text.contains("Enligt kartläggningen ökade antalet sammantaget för de jämförda yrkeskategorierna med " + totalMapped
          + " från 2025 till 2026. Enligt Koll ökade antalet med " + totalKoll + ". " + KollComparison.FLAG + "."), text);
      assertFalse(text.contains("yrkeskategorin sektionschef med"), "Sektionschef is within the limit: no paragraph");
    }
  }

  @Test
  void aWorkbookHrEditedGivesAReportWithWhatCanStillBeRead() throws Exception {
    try (XWPFDocument doc = Docs.open(editedReport)) {
      String text = Docs.text(doc);
      // The goal HR typed (100) stands, and the share is computed from it.
      List<List<String>> five = tableAfter(doc, "Mål på 5 års sikt, satta 2024");
      List<String> eb = five.stream().filter(r -> r.get(0).equals(EB)).findFirst().orElseThrow();
      assertEquals("100", eb.get(1));
      int outcome = Integer.parseInt(eb.get(2));
      assertEquals(Math.round(outcome) + NBSP_PERCENT, eb.get(3), "65 of 100");
      // 2025's section lost its headers, 2024's two-year section shows an error: both left out.
      assertFalse(text.contains("satta 2025 (till 2030)"), text);
      assertFalse(text.contains("satta 2024 (till 2026)"), text);
      assertTrue(Docs.styled(doc, "Heading2").contains("Långsiktiga mål (5 år)"));
      assertTrue(text.contains("Enligt Koll minskade antalet med 16."), "the Koll comparison is still read");
    }
  }

  @Test
  void aWorkbookWithoutLongTermSectionsGivesAReportWithoutTheSubsection() throws Exception {
    try (XWPFDocument doc = Docs.open(withoutLongTermReport)) {
      assertTrue(Docs.styled(doc, "Heading1").contains("Utvärdering av kompetensmål"), "last year's goals are still evaluated");
      List<String> h2 = Docs.styled(doc, "Heading2");
      assertFalse(h2.stream().anyMatch(h -> h.startsWith("Långsiktiga") || h.startsWith("Tidigare års")), h2.toString());
      assertFalse(h2.contains("Kartläggningen och Koll"));
      assertFalse(Docs.text(doc).contains("Målet för 2029"));
      // The first table is read as before: its rows are in the report.
      assertNotNull(Docs.row(doc, EB));
    }
    try (XWPFDocument doc = Docs.open(reports.get(2024))) {
      assertFalse(Docs.styled(doc, "Heading1").contains("Utvärdering av kompetensmål"), "no last year: no evaluation");
    }
  }

  @Test
  void everyReportIsValidOpenXml() throws Exception {
    OoxmlValidator.require();
    List<Path> files = new ArrayList<>(reports.values());
    files.add(editedReport);
    files.add(withoutLongTermReport);
    var errors = OoxmlValidator.validate(files);
    for (Path f : files) {
      assertEquals(List.of(), errors.get(f), f.getFileName().toString());
    }
  }
}
