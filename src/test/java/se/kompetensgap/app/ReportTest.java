package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.analysis.Seed2019;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.Docs;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.testing.Sheets;

/**
 * Issue 12: the seed-2019 units (the examples) consolidated, then reported with {@code rapport};
 * the Word document read back holds seed 002's tables with the seed's numbers.
 */
class ReportTest {

  static final String NBSP = "\u00a0";
  static final List<String> HEADINGS = List.of("Inledning", "Sammanfattning", "Kompetensgap", "Kompetensmål", "Riskanalys", "Aktivitetsplan");

  @TempDir static Path dir;
  static Path workbook;
  static Path report;
  static Path upward;
  static Seed2017FulfilmentTest.Run run;

  @BeforeAll
  static void consolidateAndReport() throws Exception {
    Path folder = dir.resolve("inkommande");
    ExampleFolder.write(folder, ConfigurationParser.defaults());
    workbook = dir.resolve("konsoliderad.xlsx");
    assertEquals(0, Seed2017FulfilmentTest.main("konsolidera", folder.toString(), "-o", workbook.toString()).code());
    Path upwardWorkbook = dir.resolve("uppat.xlsx");
    assertEquals(0, Seed2017FulfilmentTest.main("konsolidera", folder.toString(), "-o", upwardWorkbook.toString(), "--utan-enheter").code());
    report = dir.resolve("rapport.docx");
    run = Seed2017FulfilmentTest.main("rapport", workbook.toString(), "-o", report.toString());
    upward = dir.resolve("uppat.docx");
    assertEquals(0, Seed2017FulfilmentTest.main("rapport", upwardWorkbook.toString(), "-o", upward.toString()).code());
  }

  static String signed(int n) {
    return n < 0 ? "−" + (-n) : Integer.toString(n);
  }

  @Test
  void rapportSaysWhatItWrote() {
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("Rapporten för 2026 skrevs till " + report), run.out());
    assertTrue(run.out().contains("11 yrkeskategorier, 10 aktiviteter"), run.out());
  }

  @Test
  void kompetensgapHasSeed002sRowsWithTheSeedsNumbers() throws Exception {
    try (XWPFDocument doc = Docs.open(report)) {
      for (Map.Entry<String, int[][]> e : Seed2019.GAPS.entrySet()) {
        for (int h = 0; h < 2; h++) {
          String name = e.getKey() + (h == 0 ? " 2 år" : " 5 år");
          List<String> expected = new ArrayList<>(List.of(name));
          for (int v : e.getValue()[h]) {
            expected.add(signed(v));
          }
          assertEquals(expected, gapRow(doc, name), name);
        }
      }
      // "Sektionschef 2 år | 9 | 5 | −14 | −4 | −4" (seed 002, Kompetensgap).
      assertEquals(List.of("Sektionschef 2 år", "9", "5", "−14", "−4", "−4"), gapRow(doc, "Sektionschef 2 år"));
    }
  }

  /** The Kompetensgap table's row (the Kompetensmål table has rows of the same name). */
  static List<String> gapRow(XWPFDocument doc, String name) {
    return Docs.rows(doc).stream().filter(r -> r.get(0).equals(name) && r.size() == 6).findFirst().orElse(null);
  }

  static List<String> goalRow(XWPFDocument doc, String name) {
    return Docs.rows(doc).stream().filter(r -> r.get(0).equals(name) && r.size() == 4).findFirst().orElse(null);
  }

  @Test
  void kompetensmalHasSeed002sGoals() throws Exception {
    try (XWPFDocument doc = Docs.open(report)) {
      for (Map.Entry<String, int[]> e : Seed2019.QUANTITATIVE_GOALS.entrySet()) {
        for (int h = 0; h < 2; h++) {
          String name = e.getKey() + (h == 0 ? " 2 år" : " 5 år");
          List<String> row = goalRow(doc, name);
          assertNotNull(row, name);
          assertEquals(signed(Seed2019.GAPS.get(e.getKey())[h][4]), row.get(1), name + " GAP – Total");
          assertEquals(signed(e.getValue()[h]), row.get(2), name + " Kvantitativt mål");
        }
      }
      // Sektionschef 2 år: gaps −14 at Hög and −4 at Mycket hög are 18 moves.
      assertEquals(List.of("Sektionschef 2 år", "−4", "4", "18"), goalRow(doc, "Sektionschef 2 år"));
      String text = Docs.text(doc);
      assertTrue(text.contains("Det innebär att förflyttningar behöver göras från viss- och god nivå till hög- och mycket hög nivå."), text);
    }
  }

  @Test
  void eachCategorysCommentHasSeed002sDistribution() throws Exception {
    try (XWPFDocument doc = Docs.open(report)) {
      String text = Docs.text(doc);
      for (Map.Entry<String, int[]> e : Seed2019.DISTRIBUTION.entrySet()) {
        int[] p = e.getValue();
        String expected = "Viss: " + p[0] + NBSP + "%, God: " + p[1] + NBSP + "%, Hög: " + p[2] + NBSP + "%, Mycket hög: " + p[3] + NBSP + "%";
        assertTrue(text.contains(expected), e.getKey() + ": " + expected);
      }
    }
  }

  @Test
  void theManagersCommentStandsUnderItsCategoryWithoutItsUnit() throws Exception {
    try (XWPFDocument doc = Docs.open(report)) {
      List<List<String>> rows = Docs.rows(doc);
      int eb = rows.indexOf(gapRow(doc, "Socialsekreterare ekonomiskt bistånd 5 år"));
      String comment = rows.get(eb + 1).get(0);
      assertTrue(comment.startsWith("Kommentar"), comment);
      assertTrue(comment.contains("– Det kvantitativa behovet är svårt att bedöma och olika samhällsfaktorer, så som eventuell "
          + "lågkonjunktur"), comment);
    }
  }

  @Test
  void headingsInSeed002sOrderAsWordsHeadingStyles() throws Exception {
    try (XWPFDocument doc = Docs.open(report)) {
      assertEquals(HEADINGS, Docs.styled(doc, "Heading1"));
      var h1 = doc.getStyles().getStyle("Heading1");
      assertEquals("heading 1", h1.getName());
      assertTrue(h1.getCTStyle().getAliases().getVal().equals("Rubrik 1"));
      assertEquals(0, h1.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
      // Aktivitetsplan grouped as seed 002: Sektionschef, …, Samtliga socialsekreterare, Samtliga yrkeskategorier.
      List<String> groups = Docs.styled(doc, "Heading2");
      assertEquals("Sektionschef", groups.get(0));
      assertEquals(List.of("Samtliga socialsekreterare", "Samtliga yrkeskategorier"), groups.subList(groups.size() - 2, groups.size()));
    }
  }

  @Test
  void aRealTocFieldThatWordUpdatesOnOpening() throws Exception {
    try (XWPFDocument doc = Docs.open(report)) {
      String body = doc.getDocument().xmlText();
      assertTrue(body.contains("TOC \\o \"1-2\" \\h \\z \\u"), "TOC instruction");
      assertTrue(body.contains("w:fldCharType=\"begin\"") && body.contains("w:fldCharType=\"end\""));
      for (String h : HEADINGS) {
        assertTrue(body.contains(">" + h + "<"), h);
      }
    }
    try (ZipFile zip = new ZipFile(report.toFile())) {
      String settings = new String(zip.getInputStream(zip.getEntry("word/settings.xml")).readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(settings.contains("updateFields"), settings);
      String styles = new String(zip.getInputStream(zip.getEntry("word/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(styles.contains("w:lang w:val=\"sv-SE\""), "Swedish language");
    }
  }

  @Test
  void theTwoChartsAreWordChartsWithTheWorkbooksNumbers() throws Exception {
    try (XWPFDocument doc = Docs.open(report)) {
      List<XWPFChart> charts = doc.getCharts();
      assertEquals(2, charts.size());
      XDDFChartData bars = charts.get(0).getChartSeries().get(0);
      assertEquals(4, bars.getSeriesCount());
      var viss = bars.getSeries(0);
      int sektionschef = -1;
      for (int i = 0; i < viss.getCategoryData().getPointCount(); i++) {
        if ("Sektionschef".equals(viss.getCategoryData().getPointAt(i))) {
          sektionschef = i;
        }
      }
      assertTrue(sektionschef >= 0);
      int[] seed = Seed2019.GAPS.get("Sektionschef")[0];
      for (int l = 0; l < 4; l++) {
        assertEquals(seed[l], bars.getSeries(l).getValuesData().getPointAt(sektionschef).doubleValue(), 1e-9);
      }
    }
  }

  @Test
  void fullAndUpwardReportsAreValidOpenXml() throws Exception {
    se.kompetensgap.testing.OoxmlValidator.require();
    var errors = se.kompetensgap.testing.OoxmlValidator.validate(List.of(report, upward));
    assertEquals(List.of(), errors.get(report), "rapport.docx");
    assertEquals(List.of(), errors.get(upward), "uppat.docx");
  }

  @Test
  void a4WithPageNumbersInTheFooter() throws Exception {
    try (XWPFDocument doc = Docs.open(report)) {
      var sect = doc.getDocument().getBody().getSectPr();
      assertEquals(11906, ((java.math.BigInteger) sect.getPgSz().getW()).intValue());
      assertEquals(16838, ((java.math.BigInteger) sect.getPgSz().getH()).intValue());
      String footers = doc.getFooterList().stream().map(f -> f._getHdrFtr().xmlText()).reduce("", String::concat);
      assertTrue(footers.contains(" PAGE ") && footers.contains(" NUMPAGES "), footers);
    }
  }

  @Test
  void theReportNamesNoUnitManagerOrFileUpwardOrNot() throws Exception {
    for (Path docx : List.of(upward, report)) {
      String all = everyPart(docx);
      for (UnitReport u : ExampleFolder.reports()) {
        for (String name : List.of(u.info().unit(), u.info().manager(), u.source())) {
          assertFalse(name.isBlank() || all.contains(name), docx.getFileName() + " names " + name);
        }
      }
      assertFalse(all.contains("konsoliderad.xlsx") || all.contains("uppat.xlsx"));
    }
    try (XWPFDocument doc = Docs.open(upward)) {
      assertEquals(List.of("Sektionschef 2 år", "9", "5", "−14", "−4", "−4"), gapRow(doc, "Sektionschef 2 år"));
    }
  }

  /** The text of every XML part, embedded chart workbooks included. */
  static String everyPart(Path docx) throws Exception {
    StringBuilder s = new StringBuilder();
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      for (var e : java.util.Collections.list(zip.entries())) {
        byte[] bytes = zip.getInputStream(e).readAllBytes();
        if (e.getName().endsWith(".xlsx")) {
          try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            for (Sheet sh : wb) {
              for (Row r : sh) {
                for (Cell c : r) {
                  s.append(c.toString()).append('\n');
                }
              }
            }
          }
        } else {
          s.append(new String(bytes, StandardCharsets.UTF_8));
        }
      }
    }
    return s.toString();
  }

  @Test
  void libreOfficesPdfOfTheReportHasTheSeedsRowsAndHeadingsInOrder() throws Exception {
    Assumptions.assumeTrue(LibreOffice.hasWriter(), "LibreOffice Writer is not installed");
    Path pdf = LibreOffice.docxToPdf(report, dir.resolve("pdf"));
    String text = Docs.pdfText(pdf);
    Assumptions.assumeTrue(text != null, "pdftotext (poppler-utils) is not installed");
    String flat = text.replaceAll("\\s+", " ");
    for (Map.Entry<String, int[][]> e : Seed2019.GAPS.entrySet()) {
      StringBuilder row = new StringBuilder(e.getKey() + " 2 år");
      for (int v : e.getValue()[0]) {
        row.append(' ').append(signed(v));
      }
      assertTrue(flat.contains(row), row.toString());
    }
    assertTrue(flat.contains("Sektionschef 5 år −9 9 21"), "Kompetensmål row");
    List<String> lines = text.lines().map(String::strip).toList();
    int last = lines.indexOf("Innehållsförteckning");
    assertTrue(last >= 0);
    // After the table of contents, each heading stands on its own line, in order.
    int from = last + HEADINGS.size() + 1;
    for (String h : HEADINGS) {
      int at = lines.subList(from, lines.size()).indexOf(h);
      assertTrue(at >= 0, h + " after " + lines.get(from - 1));
      from += at + 1;
    }
  }

  @Test
  void hrsEditsInTheWorkbookSavedByLibreOfficeFlowIntoTheReport() throws Exception {
    Path edited = dir.resolve("andrad").resolve("konsoliderad.xlsx");
    Files.createDirectories(edited.getParent());
    String original;
    try (XSSFWorkbook wb = Sheets.open(workbook)) {
      XSSFSheet summary = wb.getSheet("Sammanfattning");
      int row = rowOf(summary, "Kompetensgap");
      Cell text = summary.getRow(row + 1).getCell(0);
      original = text.getStringCellValue();
      text.setCellValue("HR:s egen text: gapet på hög nivå är störst inom myndighetsutövningen.");
      XSSFTable goals = wb.getTable("Kompetensmal");
      XSSFSheet sheet = goals.getXSSFSheet();
      int goalCol = goals.findColumnIndex("Kvantitativt mål") + goals.getStartColIndex();
      int r = Sheets.findRow(sheet, 1, "Sektionschef", 2, "2 år");
      Cell goal = sheet.getRow(r).getCell(goalCol);
      assertEquals(CellType.FORMULA, goal.getCellType());
      goal.removeFormula(); // HR types over the formula
      goal.setCellValue(6);
      try (OutputStream out = Files.newOutputStream(edited)) {
        wb.write(out);
      }
    }
    Path source = edited;
    if (LibreOffice.soffice().isPresent()) {
      source = LibreOffice.recalculate(edited, dir.resolve("andrad-lo"));
    }
    Path docx = dir.resolve("andrad.docx");
    var r = Seed2017FulfilmentTest.main("rapport", source.toString(), "-o", docx.toString());
    assertEquals(0, r.code(), r.err());
    try (XWPFDocument doc = Docs.open(docx)) {
      String text = Docs.text(doc);
      assertTrue(text.contains("HR:s egen text: gapet på hög nivå är störst inom myndighetsutövningen."), text);
      assertFalse(text.contains(original), "the tool's own sentence is gone");
      assertEquals(List.of("Sektionschef 2 år", "−4", "6", "18"), goalRow(doc, "Sektionschef 2 år"));
      assertTrue(text.contains("Kvantitativt mål: utöka med 6 personer på 2 års sikt"), text);
    }
  }

  static int rowOf(Sheet sheet, String a) {
    for (Row r : sheet) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(a)) {
        return r.getRowNum();
      }
    }
    throw new AssertionError(a);
  }

  @Test
  void aWorkbookWithoutCachedValuesIsRecalculated() throws Exception {
    Path bare = dir.resolve("utan-varden.xlsx");
    int stripped = 0;
    try (XSSFWorkbook wb = Sheets.open(workbook)) {
      for (Sheet s : wb) {
        for (Row row : s) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.FORMULA && ((XSSFCell) c).getCTCell().isSetV()) {
              ((XSSFCell) c).getCTCell().unsetV();
              stripped++;
            }
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(bare)) {
        wb.write(out);
      }
    }
    assertTrue(stripped > 500, "formulas stripped: " + stripped);
    Path docx = dir.resolve("utan-varden.docx");
    var r = Seed2017FulfilmentTest.main("rapport", bare.toString(), "-o", docx.toString());
    assertEquals(0, r.code(), r.err());
    try (XWPFDocument doc = Docs.open(docx)) {
      assertEquals(List.of("Sektionschef 2 år", "9", "5", "−14", "−4", "−4"), gapRow(doc, "Sektionschef 2 år"));
      assertEquals(List.of("Socialsekreterare myndighet barn och unga 5 år", "61", "−2", "−63", "−16", "−20"),
          gapRow(doc, "Socialsekreterare myndighet barn och unga 5 år"));
    }
  }

  @Test
  void aManagersWorkbookIsRefusedAndNothingIsWritten() throws Exception {
    Path manager;
    try (var files = Files.walk(dir.resolve("inkommande"))) {
      manager = files.filter(f -> f.getFileName().toString().equals("Familjehemsenheten.xlsx")).findFirst().orElseThrow();
    }
    Path docx = dir.resolve("chef.docx");
    var r = Seed2017FulfilmentTest.main("rapport", manager.toString(), "-o", docx.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("Familjehemsenheten.xlsx är ingen konsoliderad arbetsbok från kompetensgap") && r.err().contains("Ingen rapport skrevs"), r.err());
    assertFalse(Files.exists(docx));
    var usage = Seed2017FulfilmentTest.main("rapport", workbook.toString(), "-o", dir.resolve("rapport.pdf").toString());
    assertEquals(64, usage.code(), usage.err());
  }
}
