package se.kompetensgap.output;

import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * {@code utskick.xlsx}: one row per workbook {@code utskick} wrote, with who gets it and where it
 * is, as one Excel table HR can use as the data source of a mail merge in Word or Outlook.
 */
public final class MailingList {
  private MailingList() {}

  public static final String SHEET = "Utskick";
  public static final String TABLE = "Utskick";
  public static final String FILE = "Fil";
  public static final List<String> HEADERS =
      List.of(Contract.FOCUS_AREA, Contract.DEPARTMENT, Contract.UNIT, ListContract.MANAGER, ListContract.EMAIL, FILE);

  /** One workbook sent: {@code file} is relative to the utskick folder, with "/" between parts. */
  public record Entry(String focusArea, String department, String unit, String manager, String email, String file) {
    public Entry {
      Objects.requireNonNull(focusArea, "focusArea");
      Objects.requireNonNull(file, "file");
      department = department == null ? "" : department;
      unit = unit == null ? "" : unit;
      manager = manager == null ? "" : manager;
      email = email == null ? "" : email;
    }
  }

  /** Builds the list and writes it as .xlsx to {@code out} (which is left open). */
  public static void write(List<Entry> entries, int year, java.io.OutputStream out) throws java.io.IOException {
    try (XSSFWorkbook wb = build(entries, year)) {
      StyleSheetSchema.apply(wb);
      wb.write(out);
    }
  }

  public static XSSFWorkbook build(List<Entry> entries, int year) {
    XSSFWorkbook wb = new XSSFWorkbook();
    Styles styles = new Styles(wb);
    XSSFSheet sheet = wb.createSheet(SHEET);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, "Utskick av kompetenskartläggningen " + year, styles.title());
    cells.text(1, 0, "En rad per arbetsbok. Fil anger arbetsboken i utskicksmappen. Använd tabellen som "
        + "datakälla för koppla dokument (Word/Outlook) och bifoga filen till varje chef.", styles.note());
    for (int c = 0; c < HEADERS.size(); c++) {
      cells.text(2, c, HEADERS.get(c), styles.header());
    }
    var text = styles.body(Styles.Format.TEXT);
    int row = 3;
    for (Entry e : entries) {
      int c = 0;
      for (String v : List.of(e.focusArea(), e.department(), e.unit(), e.manager(), e.email(), e.file())) {
        cells.text(row, c++, v, text);
      }
      row++;
    }
    int last = Math.max(row - 1, 3);
    if (entries.isEmpty()) {
      for (int c = 0; c < HEADERS.size(); c++) {
        cells.text(3, c, "", text);
      }
    }
    ReportCells.table(sheet, TABLE, 2, last, 0, HEADERS.size() - 1);
    int[] widths = {20, 28, 30, 24, 32, 50};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, 3);
    return wb;
  }
}
