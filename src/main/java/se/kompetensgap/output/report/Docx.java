package se.kompetensgap.output.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The report being written: the document, and the headings so far (for the table of contents,
 * which is filled in when every section is written). Small helpers for paragraphs, tables and
 * fields, so that each section class reads as its layout.
 */
final class Docx {
  /** Text width of A4 with 2.5 cm margins, in twentieths of a point. */
  static final int TEXT_WIDTH = 11906 - 2 * 1417;

  record Heading(int level, String text, String bookmark) {}

  final XWPFDocument doc;
  final List<Heading> headings = new ArrayList<>();
  private int nextBookmark = 1;

  Docx(XWPFDocument doc) {
    this.doc = doc;
  }

  /** A heading in Rubrik 1/2 (Heading1/2), with a bookmark the table of contents links to. */
  XWPFParagraph heading(int level, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(level == 1 ? ReportStyles.HEADING_1 : ReportStyles.HEADING_2);
    String name = "_Toc" + (100000 + nextBookmark);
    CTBookmark start = p.getCTP().addNewBookmarkStart();
    start.setId(BigInteger.valueOf(nextBookmark));
    start.setName(name);
    p.createRun().setText(text);
    p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(nextBookmark));
    nextBookmark++;
    headings.add(new Heading(level, text, name));
    return p;
  }

  XWPFParagraph paragraph(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.createRun().setText(text);
    return p;
  }

  /** "Kommentar" in bold, as the seed's table comments begin. */
  XWPFParagraph label(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(ReportStyles.LABEL);
    p.createRun().setText(text);
    return p;
  }

  XWPFParagraph note(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(ReportStyles.NOTE);
    p.createRun().setText(text);
    return p;
  }

  /** A table with a repeated, shaded header row; widths in twentieths of a point. */
  XWPFTable table(List<String> headers, int[] widths) {
    XWPFTable t = doc.createTable(1, headers.size());
    CTTblPr pr = t.getCTTbl().getTblPr();
    CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    w.setType(STTblWidth.DXA);
    int total = 0;
    for (int x : widths) {
      total += x;
    }
    w.setW(BigInteger.valueOf(total));
    CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int x : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(x));
    }
    XWPFTableRow header = t.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < headers.size(); c++) {
      XWPFTableCell cell = header.getCell(c);
      width(cell, widths[c]);
      shade(cell, "DCE6F1");
      text(cell, headers.get(c), c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT, true);
    }
    return t;
  }

  /** A row of cells: the first left-aligned, the rest (numbers) right-aligned. */
  XWPFTableRow row(XWPFTable t, int[] widths, List<String> cells, boolean bold) {
    return row(t, widths, cells, bold, false);
  }

  /**
   * @param keepWithNext keep the row on the same page as the next (a category's rows and its
   *     comment belong together)
   */
  XWPFTableRow row(XWPFTable t, int[] widths, List<String> cells, boolean bold, boolean keepWithNext) {
    XWPFTableRow row = t.createRow();
    row.setCantSplitRow(true);
    for (int c = 0; c < cells.size(); c++) {
      XWPFTableCell cell = row.getCell(c);
      width(cell, widths[c]);
      text(cell, cells.get(c), c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT, bold);
      if (keepWithNext) {
        cell.getParagraphs().get(0).setKeepNext(true);
      }
    }
    return row;
  }

  /** A row that spans the whole table, for the seed's comments under a category. */
  XWPFTableCell spanningRow(XWPFTable t, int[] widths) {
    XWPFTableRow row = t.createRow();
    row.setCantSplitRow(true);
    while (row.getTableCells().size() > 1) {
      row.removeCell(row.getTableCells().size() - 1);
    }
    XWPFTableCell cell = row.getCell(0);
    int total = 0;
    for (int x : widths) {
      total += x;
    }
    width(cell, total);
    CTTcPr pr = cell.getCTTc().getTcPr();
    pr.addNewGridSpan().setVal(BigInteger.valueOf(widths.length));
    return cell;
  }

  static void width(XWPFTableCell cell, int twips) {
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(twips));
  }

  static void shade(XWPFTableCell cell, String rgb) {
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    CTShd shd = pr.isSetShd() ? pr.getShd() : pr.addNewShd();
    shd.setVal(STShd.CLEAR);
    shd.setColor("auto");
    shd.setFill(rgb);
  }

  /** Puts text in a cell's first paragraph (a new cell has one, empty). */
  static void text(XWPFTableCell cell, String text, ParagraphAlignment align, boolean bold) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setStyle(ReportStyles.TABLE_TEXT);
    p.setAlignment(align);
    XWPFRun r = p.createRun();
    r.setBold(bold);
    r.setText(text);
  }

  /** Adds a paragraph to a cell (after its first, which {@link #text} fills). */
  static XWPFParagraph cellParagraph(XWPFTableCell cell, String text, boolean bold) {
    XWPFParagraph p;
    if (cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()) {
      p = cell.getParagraphs().get(0);
    } else {
      p = cell.addParagraph();
    }
    p.setStyle(ReportStyles.TABLE_TEXT);
    XWPFRun r = p.createRun();
    r.setBold(bold);
    r.setText(text);
    return p;
  }

  // --- fields ---

  static void fieldBegin(CTP p) {
    p.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
  }

  static void instruction(CTP p, String instruction) {
    CTText t = p.addNewR().addNewInstrText();
    t.setStringValue(" " + instruction + " ");
    t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
  }

  static void fieldSeparate(CTP p) {
    p.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
  }

  static void fieldEnd(CTP p) {
    p.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  static void fieldSeparate(CTR r) {
    r.addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
  }
}
