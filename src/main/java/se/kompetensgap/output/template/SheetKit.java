package se.kompetensgap.output.template;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFTableStyleInfo;
import se.kompetensgap.output.template.TemplateText.Guidance;

/** Small POI helpers shared by the template's sheet writers. */
final class SheetKit {
  private SheetKit() {}

  /** Every input sheet: title, one-line note, a group row, then the table's header row. */
  static final int TITLE_ROW = 0;

  static final int NOTE_ROW = 1;
  static final int GROUP_ROW = 2;
  static final int HEADER_ROW = 3;
  static final int FIRST_DATA_ROW = HEADER_ROW + 1;

  /**
   * A light table style with row stripes. LibreOffice ignores table styles, so the header band and
   * the input/formula colours are cell styles as well.
   */
  static final String TABLE_STYLE = "TableStyleMedium2";

  static XSSFRow row(XSSFSheet sheet, int r) {
    XSSFRow row = sheet.getRow(r);
    return row != null ? row : sheet.createRow(r);
  }

  static XSSFCell cell(XSSFSheet sheet, int r, int c) {
    XSSFRow row = row(sheet, r);
    XSSFCell cell = row.getCell(c);
    return cell != null ? cell : row.createCell(c);
  }

  static XSSFCell cell(XSSFSheet sheet, int r, int c, XSSFCellStyle style) {
    XSSFCell cell = cell(sheet, r, c);
    cell.setCellStyle(style);
    return cell;
  }

  /** A relative same-row reference such as {@code B5}, for formulas. */
  static String ref(int r, int c) {
    return new CellReference(r, c).formatAsString();
  }

  static void width(XSSFSheet sheet, int column, int characters) {
    sheet.setColumnWidth(column, characters * 256);
  }

  static void titleAndNote(XSSFSheet sheet, TemplateStyles styles, String title, String note) {
    cell(sheet, TITLE_ROW, 0, styles.title).setCellValue(title);
    row(sheet, TITLE_ROW).setHeightInPoints(24);
    cell(sheet, NOTE_ROW, 0, styles.note).setCellValue(note);
  }

  /**
   * Writes the header row and makes {@code headerRow..lastRow} an Excel table. Header cells are
   * written before {@code createTable}, because POI names the table columns after whatever the
   * header cells hold at that moment ("Column1" for blank ones) and Excel repairs a file whose
   * column names differ from its header cells.
   */
  static XSSFTable table(
      XSSFSheet sheet,
      TemplateStyles styles,
      String name,
      int headerRow,
      int firstColumn,
      int lastRow,
      List<String> headers,
      boolean filterButtons) {
    for (int i = 0; i < headers.size(); i++) {
      cell(sheet, headerRow, firstColumn + i, styles.header).setCellValue(headers.get(i));
    }
    AreaReference area =
        new AreaReference(
            new CellReference(headerRow, firstColumn),
            new CellReference(lastRow, firstColumn + headers.size() - 1),
            SpreadsheetVersion.EXCEL2007);
    XSSFTable table = sheet.createTable(area);
    table.setName(name);
    table.setDisplayName(name);
    table.setStyleName(TABLE_STYLE);
    XSSFTableStyleInfo style = (XSSFTableStyleInfo) table.getStyle();
    style.setShowRowStripes(true);
    style.setShowColumnStripes(false);
    style.setFirstColumn(false);
    style.setLastColumn(false);
    var ct = table.getCTTable();
    if (filterButtons && !ct.isSetAutoFilter()) {
      ct.addNewAutoFilter().setRef(area.formatAsString());
    } else if (!filterButtons && ct.isSetAutoFilter()) {
      ct.unsetAutoFilter();
    }
    List<String> names = table.getColumns().stream().map(XSSFTableColumn::getName).toList();
    if (!names.equals(headers)) {
      throw new IllegalStateException("table " + name + " got columns " + names);
    }
    return table;
  }

  /** Adds a validation with its Swedish prompt and error message. */
  static DataValidation validate(
      XSSFSheet sheet,
      CellRangeAddressList where,
      DataValidationConstraint constraint,
      int errorStyle,
      Guidance guidance) {
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    DataValidation v = helper.createValidation(constraint, where);
    v.setErrorStyle(errorStyle);
    v.setEmptyCellAllowed(true);
    v.setShowPromptBox(true);
    v.setShowErrorBox(true);
    v.createPromptBox(guidance.promptTitle(), guidance.prompt());
    v.createErrorBox(guidance.errorTitle(), guidance.error());
    if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
      // Double negation: Excel's showDropDown="1" HIDES the in-cell arrow, and POI writes
      // showDropDown = !suppress. So suppress = true is what keeps the arrow visible.
      v.setSuppressDropDownArrow(true);
    }
    sheet.addValidationData(v);
    return v;
  }

  static DataValidationConstraint list(XSSFSheet sheet, String namedRange) {
    return new XSSFDataValidationHelper(sheet).createFormulaListConstraint(namedRange);
  }

  /**
   * Protects the sheet without a password, so formulas and headers survive a slip of the mouse but
   * nothing stops a manager from formatting, sorting, filtering or resizing; and HR's tool never
   * meets a password.
   */
  static void protectWithoutPassword(XSSFSheet sheet) {
    sheet.enableLocking();
    sheet.lockSelectLockedCells(false);
    sheet.lockSelectUnlockedCells(false);
    sheet.lockFormatCells(false);
    sheet.lockFormatColumns(false);
    sheet.lockFormatRows(false);
    sheet.lockSort(false);
    sheet.lockAutoFilter(false);
  }

  /** A4, fit to one page wide, header rows repeated on every page, sheet name and page below. */
  static void print(XSSFSheet sheet, boolean landscape, int firstRepeatRow, int lastRepeatRow) {
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(landscape);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setMargin(PageMargin.LEFT, 0.5);
    sheet.setMargin(PageMargin.RIGHT, 0.5);
    sheet.setMargin(PageMargin.TOP, 0.6);
    sheet.setMargin(PageMargin.BOTTOM, 0.6);
    if (firstRepeatRow >= 0) {
      sheet.setRepeatingRows(new CellRangeAddress(firstRepeatRow, lastRepeatRow, -1, -1));
    }
    sheet.getHeader().setLeft(TemplateText.DOCUMENT_TITLE);
    sheet.getFooter().setLeft("&A");
    sheet.getFooter().setRight("Sida &P av &N");
  }
}
