package se.kompetensgap.output;

import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.ExpectedUnit;
import se.kompetensgap.text.ListContract;

/**
 * The two lists HR fills beside the folder (issue 4): the expected units (--enheter) and the
 * head count per category from the statistics system (--personal). Shipped in
 * workbook-templates/, written by {@code mall --lista}; each is one Excel table.
 */
public final class ListTemplates {
  private ListTemplates() {}

  /** The list of expected units; empty rows to fill, or the given units. */
  public static XSSFWorkbook expectedUnits(List<ExpectedUnit> units) {
    XSSFWorkbook wb = new XSSFWorkbook();
    Styles styles = new Styles(wb);
    XSSFSheet sheet = wb.createSheet(ListContract.EXPECTED_SHEET);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, "Enheter som ska lämna in kompetenskartläggningen", styles.title());
    cells.text(1, 0, "En rad per enhet. Enhet ska stavas som i chefens arbetsbok (stora och små bokstäver spelar ingen roll). Ge filen med --enheter.", styles.note());
    List<String> h = ListContract.EXPECTED_HEADERS;
    for (int c = 0; c < h.size(); c++) {
      cells.text(2, c, h.get(c), styles.header());
    }
    var text = styles.body(Styles.Format.TEXT);
    int row = 3;
    for (ExpectedUnit u : units) {
      cells.text(row, 0, u.focusArea().name(), text);
      cells.text(row, 1, u.department(), text);
      cells.text(row, 2, u.unit(), text);
      cells.text(row, 3, u.manager(), text);
      cells.text(row, 4, u.email(), text);
      row++;
    }
    int last = units.isEmpty() ? 3 + 19 : row - 1;
    for (int r = 3; r <= last; r++) {
      for (int c = 0; c < h.size(); c++) {
        if (cells.sheet().getRow(r) == null || cells.sheet().getRow(r).getCell(c) == null) {
          cells.text(r, c, "", text);
        }
      }
    }
    ReportCells.table(sheet, ListContract.EXPECTED_TABLE, 2, last, 0, h.size() - 1);
    int[] widths = {20, 28, 30, 24, 32};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    StyleSheetSchema.apply(wb);
    return wb;
  }

  /** The head count list: every configured category, with HR's numbers where given. */
  public static XSSFWorkbook headcounts(Configuration config, Map<Category, Integer> counts) {
    XSSFWorkbook wb = new XSSFWorkbook();
    Styles styles = new Styles(wb);
    XSSFSheet sheet = wb.createSheet(ListContract.HEADCOUNT_SHEET);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, "Antal anställda per yrkeskategori enligt personalstatistiken (Koll)", styles.title());
    cells.text(1, 0, "Fyll i antal anställda (personer, inte årsarbetare) per yrkeskategori. Ge filen med --personal.", styles.note());
    List<String> h = ListContract.HEADCOUNT_HEADERS;
    for (int c = 0; c < h.size(); c++) {
      cells.text(2, c, h.get(c), styles.header());
    }
    int row = 3;
    for (Category c : config.allCategories()) {
      cells.text(row, 0, c.name(), styles.body(Styles.Format.TEXT));
      Integer n = counts.get(c);
      if (n == null) {
        cells.text(row, 1, "", styles.body(Styles.Format.INTEGER));
      } else {
        cells.number(row, 1, n, styles.body(Styles.Format.INTEGER));
      }
      row++;
    }
    ReportCells.table(sheet, ListContract.HEADCOUNT_TABLE, 2, row - 1, 0, 1);
    sheet.setColumnWidth(0, 46 * 256);
    sheet.setColumnWidth(1, 18 * 256);
    StyleSheetSchema.apply(wb);
    return wb;
  }
}
