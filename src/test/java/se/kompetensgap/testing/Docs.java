package se.kompetensgap.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reading a written Word report back, for tests. */
public final class Docs {
  private Docs() {}

  public static XWPFDocument open(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx)) {
      return new XWPFDocument(in);
    }
  }

  /** Every table row of the body as its cells' texts, in document order. */
  public static List<List<String>> rows(XWPFDocument doc) {
    List<List<String>> out = new ArrayList<>();
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFTable t) {
        out.addAll(rows(t));
      }
    }
    return out;
  }

  /** One table's rows as their cells' texts. */
  public static List<List<String>> rows(XWPFTable t) {
    List<List<String>> out = new ArrayList<>();
    for (XWPFTableRow r : t.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell c : r.getTableCells()) {
        cells.add(c.getText().strip());
      }
      out.add(cells);
    }
    return out;
  }

  /** The row whose first cell is {@code first}, or null. */
  public static List<String> row(XWPFDocument doc, String first) {
    return rows(doc).stream().filter(r -> r.get(0).equals(first)).findFirst().orElse(null);
  }

  /** The texts of the paragraphs in a given style (e.g. Heading1), in order. */
  public static List<String> styled(XWPFDocument doc, String style) {
    List<String> out = new ArrayList<>();
    for (XWPFParagraph p : doc.getParagraphs()) {
      if (style.equals(p.getStyle())) {
        out.add(p.getText());
      }
    }
    return out;
  }

  /** All text, tables and footers included. */
  public static String text(XWPFDocument doc) throws IOException {
    try (XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      return x.getText();
    }
  }

  /** The text of a PDF by poppler's pdftotext, or null if pdftotext is not installed. */
  public static String pdfText(Path pdf) throws IOException, InterruptedException {
    Path out = Files.createTempFile("rapport", ".txt");
    try {
      Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), out.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      return Files.readString(out);
    } catch (IOException e) {
      return null; // not installed
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
