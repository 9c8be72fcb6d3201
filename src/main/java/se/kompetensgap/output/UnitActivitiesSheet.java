package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * Aktiviteter per enhet: the table {@code AktiviteterPerEnhet}, every unit's activities one row
 * each, with the unit. Aktivitetsplan shows them merged; this is what a roll-up carries upward
 * and what next year's run follows up (same unit, same Aktivitet: issue 13 §4, §5), as
 * Riskbedömningar is for the risks.
 */
final class UnitActivitiesSheet {
  private UnitActivitiesSheet() {}

  static final List<String> HEADERS = List.of(Contract.ADMINISTRATION, Contract.FOCUS_AREA, Contract.DEPARTMENT, Contract.UNIT,
      Contract.ACTIVITY_AREA, Contract.CATEGORY, Contract.ACTIVITY, Contract.DESCRIPTION, Contract.PERFORMER,
      Contract.END_DATE, Contract.FOLLOW_UP, Contract.STATUS);

  private record Line(UnitReport unit, Activity activity) {}

  static void write(XSSFWorkbook wb, Styles styles, List<UnitReport> units, StreamedRows later) {
    List<Line> lines = new ArrayList<>();
    for (UnitReport u : units) {
      u.activities().forEach(a -> lines.add(new Line(u, a)));
    }
    XSSFSheet sheet = wb.createSheet(ListContract.UNIT_ACTIVITY_SHEET);
    Cells cells = new Cells(sheet);
    for (int c = 0; c < HEADERS.size(); c++) {
      cells.text(0, c, HEADERS.get(c), styles.header());
    }
    ReportCells.table(sheet, ListContract.UNIT_ACTIVITY_TABLE, 0, lines.size(), 0, HEADERS.size() - 1);
    sheet.getRow(0).setHeightInPoints(32);
    int[] widths = {24, 18, 24, 26, 20, 26, 34, 42, 24, 11, 28, 10};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, 1);
    Print.landscape(sheet, 0);
    later.later(sheet, 1, rows -> rows(rows, styles, lines));
  }

  private static void rows(RowWriter out, Styles styles, List<Line> lines) {
    var text = styles.body(Styles.Format.TEXT);
    var wrapped = styles.body(Styles.Format.WRAPPED);
    var date = styles.body(Styles.Format.DATE);
    int row = 1;
    for (Line l : lines) {
      var u = l.unit().info();
      Activity a = l.activity();
      int c = 0;
      out.text(row, c++, u.administration(), text);
      out.text(row, c++, u.focusArea().name(), text);
      out.text(row, c++, u.department(), text);
      out.text(row, c++, u.unit(), text);
      out.text(row, c++, a.area().label(), text);
      out.text(row, c++, a.category(), wrapped);
      out.text(row, c++, a.title(), wrapped);
      out.text(row, c++, a.description(), wrapped);
      out.text(row, c++, a.performer(), wrapped);
      if (a.endDate() != null) {
        out.cell(row, c).setCellValue(a.endDate());
        out.cell(row, c).setCellStyle(date);
      } else {
        // A Tidsplan in words ("Löpande") as written.
        out.text(row, c, a.schedule(), a.schedule().isEmpty() ? date : wrapped);
      }
      c++;
      out.text(row, c++, a.followUp(), wrapped);
      out.text(row, c, a.status().label(), text);
      out.fitWrapped(row, a.description(), 46);
      row++;
    }
    if (row == 1) {
      out.cell(1, 0);
    }
  }
}
