package se.kompetensgap.output;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * Koll (issue 4, seed 000 "Enligt Koll …"): the head count the mappings cover beside the head
 * count in HR's statistics system, per category, with the coverage and a remark where it is low.
 */
final class HeadcountSheet {
  private HeadcountSheet() {}

  static final int HEADER_ROW = 3;
  static final String MAPPED = "Antal enligt kartläggningen";
  static final String HR = "Antal enligt Koll";
  static final String COVERAGE = "Täckning";
  static final String REMARK = "Anmärkning";
  static final List<String> HEADERS = List.of(Contract.CATEGORY, MAPPED, HR, COVERAGE, REMARK);

  static void write(XSSFWorkbook wb, Styles styles, Configuration config, List<UnitReport> units, Map<Category, Integer> hr, double lowCoverage) {
    XSSFSheet sheet = wb.createSheet(ListContract.HEADCOUNT_CHECK_SHEET);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, "Kartläggningen jämförd med personalstatistiken (Koll)", styles.title());
    cells.text(1, 0, "Täckning = antal i kartläggningen / antal enligt Koll. Under " + Math.round(lowCoverage * 100)
        + " % markeras raden: kartläggningen saknar då en del av personalen, och gapen blir för små.", styles.subtitle());
    cells.text(2, 0, "Antal enligt Koll kommer från filen som gavs med --personal och kan ändras här; resten räknas om.", styles.note());
    for (int c = 0; c < HEADERS.size(); c++) {
      cells.text(HEADER_ROW, c, HEADERS.get(c), styles.header());
    }
    int row = HEADER_ROW + 1;
    var text = styles.body(Styles.Format.TEXT);
    var integer = styles.body(Styles.Format.INTEGER);
    for (Category c : config.allCategories()) {
      int mapped = units.stream().flatMap(u -> u.rows().stream()).filter(r -> r.category().equals(c)).mapToInt(r -> r.supply().total()).sum();
      Integer theirs = hr.get(c);
      if (theirs == null && mapped == 0) {
        continue;
      }
      cells.text(row, 0, c.name(), text);
      StringBuilder f = new StringBuilder();
      for (Level l : Level.values()) {
        f.append(f.length() == 0 ? "" : "+").append("SUMIFS(").append(Cells.column(Contract.BASIS_TABLE, Contract.supplyHeader(l)))
            .append(",").append(Cells.column(Contract.BASIS_TABLE, Contract.CATEGORY)).append(",").append(Cells.absCol(row, 0)).append(")");
      }
      cells.formula(row, 1, f.toString(), mapped, integer);
      if (theirs == null) {
        cells.text(row, 2, "", integer);
      } else {
        cells.number(row, 2, theirs, integer);
      }
      String b = Cells.ref(row, 1);
      String h = Cells.ref(row, 2);
      OptionalDouble coverage = theirs == null || theirs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) mapped / theirs);
      cells.formula(row, 3, "IF(ISNUMBER(" + h + "),IF(" + h + "=0,\"\"," + b + "/" + h + "),\"\")", coverage, styles.body(Styles.Format.PERCENT));
      String d = Cells.ref(row, 3);
      String limit = String.format(Locale.ROOT, "%.4f", lowCoverage);
      String remark = coverage.isPresent() && coverage.getAsDouble() < lowCoverage
          ? "Enligt Koll finns " + theirs + " anställda; kartläggningen omfattar " + mapped + "."
          : "";
      ReportCells.textFormula(cells, row, 4,
          "IF(" + d + "=\"\",\"\",IF(" + d + "<" + limit + ",\"Enligt Koll finns \"&" + h + "&\" anställda; kartläggningen omfattar \"&" + b + "&\".\",\"\"))",
          remark, text);
      row++;
    }
    int last = Math.max(row - 1, HEADER_ROW + 1);
    if (row == HEADER_ROW + 1) {
      cells.cell(HEADER_ROW + 1, 0);
    }
    ReportCells.table(sheet, ListContract.HEADCOUNT_CHECK_TABLE, HEADER_ROW, last, 0, HEADERS.size() - 1);
    String first = Cells.absCol(HEADER_ROW + 1, 3);
    ConditionalFormats.whenFormula(sheet, new CellRangeAddress(HEADER_ROW + 1, last, 3, 4),
        "AND(ISNUMBER(" + first + ")," + first + "<" + String.format(Locale.ROOT, "%.4f", lowCoverage) + ")",
        ConditionalFormats.RED_FILL, ConditionalFormats.RED_TEXT);
    int[] widths = {44, 16, 16, 12, 70};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.getRow(HEADER_ROW).setHeightInPoints(30);
    Print.landscape(sheet, HEADER_ROW);
  }
}
