package se.kompetensgap.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.model.report.ReportWorkbook.Table;
import se.kompetensgap.model.report.ReportWorkbook.TableRow;
import se.kompetensgap.testing.OoxmlValidator;

/**
 * The report's Nyckeltal of a city roll-up with long names: every column is wide enough for its
 * name's longest word (names wrap between words, never inside "Ekonomiskt" or
 * "socialförvaltningen"), no table is wider than the text, and the förvaltningar get their own.
 */
class KeyFiguresTableTest {
  @TempDir Path dir;

  static final List<String> COLUMNS = List.of("Ekonomiskt bistånd", "Vuxna", "Barn och unga", "Gemensamma yrkeskategorier",
      "Malmö stad totalt", "Arbetsmarknads- och socialförvaltningen (exempel)", "Stadsområdesförvaltning Norr (exempel)");

  static Table key(List<String> columns) {
    List<String> headers = List.of("Fokusområde", "Antal medarbetare", "Kvantitativt mål 2 år", "Förflyttningar 2 år",
        "Kvantitativt mål 5 år", "Förflyttningar 5 år", "Enheter inlästa", "Enheter avvisade");
    List<TableRow> rows = new ArrayList<>();
    for (String c : columns) {
      rows.add(new TableRow(c, List.of(1232.0, 58.0, 450.0, 166.0, 516.0, 28.0, 0.0)));
    }
    return new Table(headers, rows);
  }

  /** The least width (twips) a bold 8.5 pt word of {@code chars} characters needs in a cell with Word's margins. */
  static int least(int chars) {
    return (int) Math.ceil(chars * 8.5 * 0.5 * 20) + 2 * 108;
  }

  static List<XWPFTable> write(Path file, Table key) throws Exception {
    XWPFDocument doc = new XWPFDocument();
    ReportStyles.install(doc);
    SummarySection.keyFigures(new Docx(doc), key);
    try (OutputStream out = Files.newOutputStream(file)) {
      doc.write(out);
    }
    return doc.getTables();
  }

  @Test
  void everyNameWrapsBetweenWordsAndTheFörvaltningarHaveTheirOwnTable() throws Exception {
    Path file = dir.resolve("nyckeltal.docx");
    List<XWPFTable> tables = write(file, key(COLUMNS));
    assertEquals(2, tables.size(), "the organisation's and the förvaltningar's");
    List<String> seen = new ArrayList<>();
    for (XWPFTable t : tables) {
      var grid = t.getCTTbl().getTblGrid().getGridColList();
      int total = 0;
      for (int c = 0; c < grid.size(); c++) {
        int width = ((java.math.BigInteger) grid.get(c).getW()).intValue();
        total += width;
        if (c == 0) {
          assertTrue(width >= 2200, "the figures' names: " + width);
          continue;
        }
        String name = t.getRow(0).getCell(c).getText();
        seen.add(name);
        int longest = 0;
        for (String w : name.split(" ")) {
          longest = Math.max(longest, w.length());
        }
        assertTrue(width >= least(longest), name + ": " + width + " < " + least(longest));
      }
      assertTrue(total <= Docx.TEXT_WIDTH, "within the text width: " + total);
    }
    assertEquals(COLUMNS, seen, "every column once, in order");
    assertEquals(List.of("Arbetsmarknads- och socialförvaltningen (exempel)", "Stadsområdesförvaltning Norr (exempel)"),
        List.of(tables.get(1).getRow(0).getCell(1).getText(), tables.get(1).getRow(0).getCell(2).getText()));
    assertEquals(List.of(), OoxmlValidator.validate(file));
  }

  @Test
  void aFörvaltningsFewAreasStayInOneTableOfTheFullWidth() throws Exception {
    List<XWPFTable> tables = write(dir.resolve("en.docx"), key(List.of("Ekonomiskt bistånd", "Vuxna", "Förvaltningen totalt")));
    assertEquals(1, tables.size());
    int total = 0;
    for (var col : tables.get(0).getCTTbl().getTblGrid().getGridColList()) {
      total += ((java.math.BigInteger) col.getW()).intValue();
    }
    assertTrue(total > Docx.TEXT_WIDTH - 10 && total <= Docx.TEXT_WIDTH, "the full text width: " + total);
  }
}
