package se.kompetensgap.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.FollowUp;
import se.kompetensgap.analysis.PlannedActivity;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * Aktivitetsplan (SPEC §6, seed 002 "Aktivitetsplan"): every unit's activities, grouped by area
 * in the plan's order, the same activity from several units once with all its units. An
 * activity past its Slutdatum and not Klar is highlighted by a rule on TODAY(), so the
 * highlight is still right when the workbook is opened next month.
 */
final class ActivityPlanSheet {
  private ActivityPlanSheet() {}

  static final int HEADER_ROW = 3;
  static final String UNITS = "Enheter";
  static final String UNIT_COUNT = "Antal enheter";
  static final List<String> HEADERS = List.of(Contract.ACTIVITY_AREA, Contract.ACTIVITY, Contract.CATEGORY,
      Contract.DESCRIPTION, Contract.PERFORMER, Contract.END_DATE, Contract.FOLLOW_UP, Contract.STATUS, UNITS, UNIT_COUNT);
  static final int COL_END = 5;
  static final int MAX_UNITS_SHOWN = 4;
  static final int COL_STATUS = 7;
  /** With last year's workbook (issue 13 §4). */
  static final String CARRIED = "Från förra året";
  static final String LAST_STATUS = "Status förra året";
  static final String STATUS_BY_AREA = "Status per område";

  static void write(XSSFWorkbook wb, Styles styles, List<PlannedActivity> plan, int year, StreamedRows later) {
    write(wb, styles, plan, year, "", Optional.empty(), later);
  }

  /** @param followUp last year's statuses and the activities that disappeared, given last year's workbook */
  static void write(XSSFWorkbook wb, Styles styles, List<PlannedActivity> plan, int year, String administration,
      Optional<FollowUp.Activities> followUp, StreamedRows later) {
    List<String> headers = new ArrayList<>(HEADERS);
    if (followUp.isPresent()) {
      headers.addAll(List.of(CARRIED, LAST_STATUS));
    }
    XSSFSheet sheet = wb.createSheet(ListContract.ACTIVITY_SHEET);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, Labels.titled("Aktivitetsplan " + year, administration), styles.title());
    cells.text(1, 0, plan.size() + " aktiviteter från enheternas kartläggningar, ordnade efter område: attrahera, rekrytera, introducera, utveckla och motivera, avveckla.", styles.subtitle());
    cells.text(2, 0, "Samma aktivitet från flera enheter visas en gång med alla enheter. Rött = slutdatum har passerat och aktiviteten är inte klar (räknas mot dagens datum när arbetsboken öppnas).", styles.note());
    for (int c = 0; c < headers.size(); c++) {
      cells.text(HEADER_ROW, c, headers.get(c), styles.header());
    }
    sheet.getRow(HEADER_ROW).setHeightInPoints(30);
    // One row per distinct activity: grows with the units, so streamed.
    int last = Math.max(HEADER_ROW + plan.size(), HEADER_ROW + 1);
    ReportCells.table(sheet, ListContract.ACTIVITY_TABLE, HEADER_ROW, last, 0, headers.size() - 1);
    String end = Cells.absCol(HEADER_ROW + 1, COL_END);
    String status = Cells.absCol(HEADER_ROW + 1, COL_STATUS);
    ConditionalFormats.whenFormula(sheet, new CellRangeAddress(HEADER_ROW + 1, last, 0, HEADERS.size() - 1),
        overdueRule(end, status), ConditionalFormats.RED_FILL, ConditionalFormats.RED_TEXT);
    ConditionalFormats.whenFormula(sheet, new CellRangeAddress(HEADER_ROW + 1, last, COL_STATUS, COL_STATUS),
        status + "=" + Cells.literal(ActivityStatus.DONE.label()), ConditionalFormats.GREEN_FILL, ConditionalFormats.GREEN_TEXT);
    int[] widths = {20, 34, 22, 42, 24, 11, 28, 10, 38, 9, 12, 12};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(2, HEADER_ROW + 1);
    Print.landscape(sheet, HEADER_ROW);
    later.later(sheet, HEADER_ROW + 1, out -> {
      rows(out, styles, plan, followUp);
      int next = statusByArea(out, styles, plan, last + 2);
      followUp.ifPresent(f -> disappeared(out, styles, f, next + 1));
    });
  }

  /**
   * Klar, pågående and planerade per area (seed 002: activities "ses nu som klara"), COUNTIFS
   * over the plan, so a status HR changes above is counted.
   */
  private static int statusByArea(RowWriter out, Styles styles, List<PlannedActivity> plan, int top) {
    out.text(top, 0, STATUS_BY_AREA, styles.subtitle());
    int hdr = top + 1;
    out.text(hdr, 0, Contract.ACTIVITY_AREA, styles.header());
    ActivityStatus[] order = {ActivityStatus.DONE, ActivityStatus.ONGOING, ActivityStatus.PLANNED};
    for (int k = 0; k < order.length; k++) {
      out.text(hdr, 1 + k, order[k].label(), styles.header());
    }
    out.text(hdr, 1 + order.length, Labels.TOTAL, styles.header());
    var integer = styles.body(Styles.Format.INTEGER);
    int row = hdr + 1;
    for (ActivityArea a : ActivityArea.values()) {
      out.text(row, 0, a.label(), styles.body(Styles.Format.TEXT));
      for (int k = 0; k < order.length; k++) {
        ActivityStatus st = order[k];
        long n = plan.stream().filter(p -> p.area() == a && p.status() == st).count();
        out.formula(row, 1 + k, "COUNTIFS(" + Cells.column(ListContract.ACTIVITY_TABLE, Contract.ACTIVITY_AREA) + ","
            + Cells.absCol(row, 0) + "," + Cells.column(ListContract.ACTIVITY_TABLE, Contract.STATUS) + ","
            + Cells.literal(st.label()) + ")", n, integer);
      }
      long all = plan.stream().filter(p -> p.area() == a).count();
      out.formula(row, 1 + order.length, "SUM(" + Cells.range(row, 1, row, order.length) + ")", all, integer);
      row++;
    }
    return row;
  }

  /** Last year's activities, not Klar, that their unit (present this year) no longer lists. */
  private static void disappeared(RowWriter out, Styles styles, FollowUp.Activities f, int top) {
    int n = f.disappeared().size();
    out.text(top, 0, n == 0
        ? "Alla förra årets aktiviteter som inte var klara finns kvar i år (" + f.comparedUnits() + " enheter jämförda)."
        : (n == 1 ? "1 aktivitet" : n + " aktiviteter") + " från förra året finns inte med i år och var inte klar"
            + (n == 1 ? "" : "a") + " (" + f.comparedUnits() + " enheter som lämnat in båda åren jämförda):", styles.subtitle());
    if (n == 0) {
      return;
    }
    int hdr = top + 1;
    List<String> h = List.of(Contract.ACTIVITY_AREA, Contract.ACTIVITY, Contract.UNIT, LAST_STATUS, Contract.END_DATE);
    for (int c = 0; c < h.size(); c++) {
      out.text(hdr, c, h.get(c), styles.header());
    }
    var text = styles.body(Styles.Format.TEXT);
    var wrapped = styles.body(Styles.Format.WRAPPED);
    var date = styles.body(Styles.Format.DATE);
    int row = hdr + 1;
    for (FollowUp.Disappeared d : f.disappeared()) {
      out.text(row, 0, d.activity().area().label(), text);
      out.text(row, 1, d.activity().title(), wrapped);
      out.text(row, 2, d.unit(), wrapped);
      out.text(row, 3, d.activity().status().label(), text);
      if (d.activity().endDate() != null) {
        out.cell(row, 4).setCellValue(d.activity().endDate());
        out.cell(row, 4).setCellStyle(date);
      } else {
        out.text(row, 4, "", date);
      }
      row++;
    }
  }

  private static void rows(RowWriter out, Styles styles, List<PlannedActivity> plan, Optional<FollowUp.Activities> followUp) {
    var text = styles.body(Styles.Format.TEXT);
    var wrapped = styles.body(Styles.Format.WRAPPED);
    var date = styles.body(Styles.Format.DATE);
    int row = HEADER_ROW + 1;
    for (PlannedActivity p : plan) {
      int c = 0;
      out.text(row, c++, p.area().label(), text);
      out.text(row, c++, p.title(), wrapped);
      out.text(row, c++, p.categories(), wrapped);
      out.text(row, c++, p.description(), wrapped);
      out.text(row, c++, p.performer(), wrapped);
      if (p.endDate().isPresent()) {
        out.cell(row, c).setCellValue(p.endDate().get());
        out.cell(row, c).setCellStyle(date);
      } else {
        // A Tidsplan in words ("Löpande", "Under 2019") is shown as written; the overdue rule
        // (ISNUMBER) leaves it alone.
        out.text(row, c, p.scheduleText(), p.scheduleText().isEmpty() ? date : wrapped);
      }
      c++;
      out.text(row, c++, p.followUp(), wrapped);
      out.text(row, c++, p.status().label(), text);
      // A few units, then how many more: every unit is on Aktiviteter per enhet, and a full list
      // of 14 units made each row a dozen lines tall on paper (issue 12's printing review).
      String units = Labels.unitList(p.units(), MAX_UNITS_SHOWN);
      out.text(row, c++, units, wrapped);
      out.number(row, c++, p.units().size(), styles.body(Styles.Format.INTEGER));
      if (followUp.isPresent()) {
        Optional<ActivityStatus> before = followUp.get().lastStatus(p);
        out.text(row, c++, before.isPresent() ? "Ja" : "", text);
        out.text(row, c, before.map(ActivityStatus::label).orElse(""), text);
      }
      // The row's height follows its wrapped cells (RowWriter.text), not a fixed guess.
      row++;
    }
    if (plan.isEmpty()) {
      out.cell(HEADER_ROW + 1, 0);
    }
  }

  /** Past Slutdatum and not Klar, against the day the workbook is opened. */
  static String overdueRule(String endCell, String statusCell) {
    return "AND(ISNUMBER(" + endCell + ")," + endCell + "<TODAY()," + statusCell + "<>"
        + Cells.literal(ActivityStatus.DONE.label()) + ")";
  }

  /** For tests and the narrative: the rule's answer on a given day. */
  static boolean overdue(PlannedActivity p, LocalDate today) {
    return p.overdue(today);
  }
}
