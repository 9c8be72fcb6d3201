package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.Submissions;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * Inlämning (issue 4): per unit whether it returned a readable workbook, was rejected, or is
 * missing from HR's list (--enheter), then completeness per fokusområde as COUNTIFS over the
 * table. Without a list, it shows the units that returned one and the rejected files.
 */
final class SubmissionSheet {
  private SubmissionSheet() {}

  static final int HEADER_ROW = 3;
  static final String FILE = ListContract.SUBMISSION_FILE;
  static final List<String> HEADERS = List.of(Contract.FOCUS_AREA, Contract.DEPARTMENT, Contract.UNIT,
      ListContract.MANAGER, ListContract.EMAIL, Contract.STATUS, FILE, Contract.ADMINISTRATION);
  /** Status in the layout of one förvaltning (Förvaltning last); a roll-up across förvaltningar moves it one right. */
  static final int COL_STATUS = 5;

  /**
   * A roll-up across förvaltningar: its lines name more than one förvaltning. Its Inlämning names
   * the förvaltning first, so that the printed first page says whose each unit is (units of
   * different förvaltningar may have the same names).
   */
  static boolean acrossAdministrations(Submissions.Result result) {
    return result.perAdministration()
        && result.lines().stream().map(Submissions.Line::administration).filter(a -> !a.isBlank()).distinct().count() > 1;
  }

  /** The unit list's columns: {@link #HEADERS}, with Förvaltning first in a roll-up across förvaltningar. */
  static List<String> headers(Submissions.Result result) {
    return acrossAdministrations(result) ? administrationFirst(HEADERS) : HEADERS;
  }

  /** The same columns, Förvaltning moved to the front. */
  private static <T> List<T> administrationFirst(List<T> columns) {
    List<T> out = new ArrayList<>();
    out.add(columns.get(columns.size() - 1));
    out.addAll(columns.subList(0, columns.size() - 1));
    return out;
  }

  /** Column widths in characters; column A at least as wide as the longest förvaltning's name in a roll-up. */
  private static int[] widths(Submissions.Result result, List<Integer> base) {
    List<Integer> w = acrossAdministrations(result) ? administrationFirst(base) : base;
    int[] out = w.stream().mapToInt(Integer::intValue).toArray();
    if (result.perAdministration()) {
      // Column A holds the names of "Fullständighet per förvaltning" below, and in a roll-up across
      // förvaltningar the Förvaltning column.
      int longest = result.lines().stream().mapToInt(l -> l.administration().length()).max().orElse(0);
      out[0] = Math.max(out[0], Math.min(TextFit.MAX_COLUMN_CHARS, longest + 2));
    }
    return out;
  }

  /**
   * Repeats the header row on every printed page only when the table itself continues past the
   * first page: otherwise the completeness block on a later page would stand under the table's
   * headers (Avdelning, Enhet, Chef …), which are not its own.
   */
  private static void repeatHeaderIfTableContinues(XSSFSheet sheet, int lastTableRow, float tableRowHeight) {
    double above = 0;
    for (int r = 0; r <= HEADER_ROW; r++) {
      var row = sheet.getRow(r);
      above += Math.max(20, row == null ? 15 : row.getHeightInPoints());
    }
    double table = above + (lastTableRow - HEADER_ROW) * tableRowHeight;
    if (table <= PrintLayout.printableHeight(sheet) / PrintLayout.printedScale(sheet)) {
      sheet.setRepeatingRows(null);
    }
  }

  static final List<String> SUMMARY_HEADERS = List.of(Contract.FOCUS_AREA, "Förväntade", "Inkomna", "Avvisade", "Saknas", "Andel inkomna");

  /** Where the completeness block is: its first area row. */
  record Layout(int firstAreaRow, int totalRow) {}

  /** @param totalLabel the completeness block's last line: "Förvaltningen totalt", a roll-up's "Malmö stad totalt" */
  static Layout write(XSSFWorkbook wb, Styles styles, Submissions.Result result, Configuration config, int year, String administration,
      String totalLabel, StreamedRows later) {
    if (result.countsOnly()) {
      return writeCounts(wb, styles, result, config, year, administration, totalLabel, later);
    }
    XSSFSheet sheet = wb.createSheet(ListContract.SUBMISSION_SHEET);
    Cells cells = new Cells(sheet);
    cells.text(0, 0, Labels.titled("Inlämning " + year, administration), styles.title());
    cells.text(1, 0, result.withList()
        ? result.count(Submissions.Status.RETURNED) + " av " + (result.lines().size() - result.count(Submissions.Status.UNEXPECTED))
            + " förväntade enheter har lämnat in en läsbar kartläggning; " + result.count(Submissions.Status.MISSING)
            + " saknas och " + result.count(Submissions.Status.REJECTED) + " avvisades."
        : "Ingen lista över förväntade enheter gavs (--enheter), så bladet visar bara de enheter som lämnat in.",
        styles.subtitle());
    cells.text(2, 0, "Avvisade arbetsböcker förklaras på bladet Inläsning. Saknade enheter skrivs också ut när programmet körs.", styles.note());
    List<String> headers = headers(result);
    for (int c = 0; c < headers.size(); c++) {
      cells.text(HEADER_ROW, c, headers.get(c), styles.header());
    }
    // One row per unit, then the completeness block below: both streamed.
    int last = Math.max(HEADER_ROW + result.lines().size(), HEADER_ROW + 1);
    ReportCells.table(sheet, ListContract.SUBMISSION_TABLE, HEADER_ROW, last, 0, headers.size() - 1);
    int statusCol = headers.indexOf(Contract.STATUS);
    CellRangeAddress status = new CellRangeAddress(HEADER_ROW + 1, last, statusCol, statusCol);
    String first = Cells.absCol(HEADER_ROW + 1, statusCol);
    ConditionalFormats.whenFormula(sheet, status, first + "=" + Cells.literal(Submissions.Status.MISSING.label()), ConditionalFormats.RED_FILL, ConditionalFormats.RED_TEXT);
    ConditionalFormats.whenFormula(sheet, status, first + "=" + Cells.literal(Submissions.Status.REJECTED.label()), ConditionalFormats.YELLOW_FILL, ConditionalFormats.YELLOW_TEXT);
    ConditionalFormats.whenFormula(sheet, status, first + "=" + Cells.literal(Submissions.Status.RETURNED.label()), ConditionalFormats.GREEN_FILL, ConditionalFormats.GREEN_TEXT);
    int[] widths = widths(result, List.of(20, 28, 30, 22, 30, 20, 50, 30));
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    Print.landscape(sheet, HEADER_ROW);
    repeatHeaderIfTableContinues(sheet, last, 15);

    int top = last + 2;
    int firstArea = top + 2;
    int total = firstArea + config.focusAreas().size();
    later.later(sheet, HEADER_ROW + 1, out -> {
      lines(out, styles, result, headers);
      if (result.lines().isEmpty()) {
        out.cell(HEADER_ROW + 1, 0);
      }
      out.text(top, 0, "Fullständighet per fokusområde", styles.subtitle());
      for (int c = 0; c < SUMMARY_HEADERS.size(); c++) {
        out.text(top + 1, c, SUMMARY_HEADERS.get(c), styles.header());
      }
      long[] sums = new long[4];
      int r = firstArea;
      for (FocusArea a : config.focusAreas()) {
        long[] v = areaRow(out, styles, result, r++, a.name(), Styles.Emphasis.NORMAL);
        for (int k = 0; k < sums.length; k++) {
          sums[k] += v[k];
        }
      }
      totalRow(out, styles, sums, total, firstArea, total - 1, totalLabel);
      administrations(out, styles, result, total + 2);
    });
    return new Layout(firstArea, total);
  }

  // --- The upward version (--utan-enheter, issue 10): counts per fokusområde and avdelning ---

  static final String EXPECTED = ListContract.SUBMISSION_EXPECTED;
  static final String RETURNED = ListContract.SUBMISSION_RETURNED;
  static final String REJECTED = ListContract.SUBMISSION_REJECTED;
  static final String MISSING = ListContract.SUBMISSION_MISSING;
  static final String UNEXPECTED = ListContract.SUBMISSION_UNEXPECTED;
  static final List<String> COUNT_HEADERS = List.of(Contract.FOCUS_AREA, Contract.DEPARTMENT, EXPECTED, RETURNED, REJECTED,
      MISSING, UNEXPECTED);
  /**
   * A roll-up's counts (issue 13 §5) say whose they are, as the full version does: in the first
   * column across förvaltningar, else (one förvaltning's roll-up) in a last column.
   */
  static List<String> countHeaders(Submissions.Result result) {
    if (!result.perAdministration()) {
      return COUNT_HEADERS;
    }
    List<String> out = new ArrayList<>(COUNT_HEADERS);
    out.add(Contract.ADMINISTRATION);
    return acrossAdministrations(result) ? administrationFirst(out) : out;
  }
  /** The avdelning of a rejected file whose Enhet sheet could not be read. */
  static final String UNKNOWN = ListContract.SUBMISSION_UNKNOWN_DEPARTMENT;

  /**
   * Inlämning without units: one row per fokusområde and avdelning with how many units were
   * expected, returned, rejected and missing, then completeness per fokusområde as SUMIFS over
   * it. No unit, manager, e-mail or file name: the full version stays with HR.
   */
  private static Layout writeCounts(XSSFWorkbook wb, Styles styles, Submissions.Result result, Configuration config, int year,
      String administration, String totalLabel, StreamedRows later) {
    XSSFSheet sheet = wb.createSheet(ListContract.SUBMISSION_SHEET);
    Cells cells = new Cells(sheet);
    List<Submissions.DepartmentCount> counts = new ArrayList<>(result.byDepartment());
    List<String> areas = config.focusAreas().stream().map(FocusArea::name).toList();
    counts.sort(Comparator.comparing(Submissions.DepartmentCount::administration)
        .thenComparingInt((Submissions.DepartmentCount d) -> areas.contains(d.focusArea()) ? areas.indexOf(d.focusArea()) : areas.size())
        .thenComparing(Submissions.DepartmentCount::focusArea).thenComparing(Submissions.DepartmentCount::department));
    List<String> headers = countHeaders(result);
    cells.text(0, 0, Labels.titled("Inlämning " + year, administration), styles.title());
    cells.text(1, 0, result.withList()
        ? result.count(Submissions.Status.RETURNED) + " av " + (result.lines().size() - result.count(Submissions.Status.UNEXPECTED))
            + " förväntade enheter har lämnat in en läsbar kartläggning; " + result.count(Submissions.Status.MISSING)
            + " saknas och " + result.count(Submissions.Status.REJECTED) + " avvisades."
        : "Ingen lista över förväntade enheter gavs (--enheter), så bladet räknar bara de enheter som lämnat in.",
        styles.subtitle());
    cells.text(2, 0, result.perAdministration()
        ? "Antal enheter per förvaltning, fokusområde och avdelning, som varje förvaltnings Inlämning visar dem. Vilka enheter det gäller finns i förvaltningarnas fullständiga sammanställningar."
        : "Antal enheter per fokusområde och avdelning. Versionen utan enheter: vilka enheter det gäller finns i HR:s fullständiga sammanställning.",
        styles.note());
    for (int c = 0; c < headers.size(); c++) {
      cells.text(HEADER_ROW, c, headers.get(c), styles.header());
    }
    sheet.getRow(HEADER_ROW).setHeightInPoints(30);
    int last = Math.max(HEADER_ROW + counts.size(), HEADER_ROW + 1);
    ReportCells.table(sheet, ListContract.SUBMISSION_TABLE, HEADER_ROW, last, 0, headers.size() - 1);
    int missingCol = headers.indexOf(MISSING);
    ConditionalFormats.whenFormula(sheet, new CellRangeAddress(HEADER_ROW + 1, last, missingCol, missingCol),
        Cells.absCol(HEADER_ROW + 1, missingCol) + ">0", ConditionalFormats.RED_FILL, ConditionalFormats.RED_TEXT);
    // The completeness block below uses columns A–F: F holds "Andel inkomna" on one line.
    int[] widths = acrossAdministrations(result)
        ? widths(result, List.of(20, 30, 12, 12, 16, 12, 14, 30))
        : widths(result, List.of(20, 30, 12, 12, 12, 16, 14, 30));
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    Print.landscape(sheet, HEADER_ROW);
    repeatHeaderIfTableContinues(sheet, last, 15);

    int top = last + 2;
    int firstArea = top + 2;
    int total = firstArea + config.focusAreas().size();
    later.later(sheet, HEADER_ROW + 1, out -> {
      var text = styles.body(Styles.Format.TEXT);
      var integer = styles.body(Styles.Format.INTEGER);
      int row = HEADER_ROW + 1;
      int areaCol = headers.indexOf(Contract.FOCUS_AREA);
      int administrationCol = headers.indexOf(Contract.ADMINISTRATION);
      for (Submissions.DepartmentCount d : counts) {
        out.text(row, areaCol, d.focusArea(), text);
        out.text(row, areaCol + 1, d.department().isBlank() ? (d.focusArea().isBlank() ? UNKNOWN : "") : d.department(), text);
        long[] v = {d.expected(), d.returned(), d.rejected(), d.missing(), d.unexpected()};
        for (int k = 0; k < v.length; k++) {
          out.number(row, areaCol + 2 + k, v[k], integer);
        }
        if (administrationCol >= 0) {
          out.text(row, administrationCol, d.administration(), text);
        }
        row++;
      }
      if (counts.isEmpty()) {
        out.cell(HEADER_ROW + 1, 0);
      }
      out.text(top, 0, "Fullständighet per fokusområde", styles.subtitle());
      for (int c = 0; c < SUMMARY_HEADERS.size(); c++) {
        out.text(top + 1, c, SUMMARY_HEADERS.get(c), styles.header());
      }
      long[] sums = new long[4];
      int r = firstArea;
      for (FocusArea a : config.focusAreas()) {
        long[] v = new long[4];
        for (Submissions.DepartmentCount d : counts) {
          if (d.focusArea().equals(a.name())) {
            v[0] += d.expected();
            v[1] += d.returned();
            v[2] += d.rejected();
            v[3] += d.missing();
          }
        }
        out.text(r, 0, a.name(), text);
        List<String> columns = List.of(EXPECTED, RETURNED, REJECTED, MISSING);
        for (int k = 0; k < columns.size(); k++) {
          out.formula(r, 1 + k, "SUMIFS(" + Cells.column(ListContract.SUBMISSION_TABLE, columns.get(k)) + ","
              + Cells.column(ListContract.SUBMISSION_TABLE, Contract.FOCUS_AREA) + "," + Cells.absCol(r, 0) + ")", v[k], integer);
          sums[k] += v[k];
        }
        out.formula(r, 5, share(r), v[0] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) v[1] / v[0]),
            styles.body(Styles.Format.PERCENT));
        r++;
      }
      totalRow(out, styles, sums, total, firstArea, total - 1, totalLabel);
      administrations(out, styles, result, total + 2);
    });
    return new Layout(firstArea, total);
  }

  /**
   * The Sammanfattning's count of units with {@code status} (in {@code area}, or all when null),
   * over the table of either version.
   */
  static String count(Submissions.Result result, String area, Submissions.Status status) {
    String where = area == null ? "" : "," + Cells.column(ListContract.SUBMISSION_TABLE, Contract.FOCUS_AREA) + "," + Cells.literal(area);
    if (result.countsOnly()) {
      String column = switch (status) {
        case RETURNED -> RETURNED;
        case REJECTED -> REJECTED;
        case MISSING -> MISSING;
        case UNEXPECTED -> UNEXPECTED;
      };
      return area == null
          ? "SUM(" + Cells.column(ListContract.SUBMISSION_TABLE, column) + ")"
          : "SUMIFS(" + Cells.column(ListContract.SUBMISSION_TABLE, column) + where + ")";
    }
    return "COUNTIFS(" + (area == null ? "" : Cells.column(ListContract.SUBMISSION_TABLE, Contract.FOCUS_AREA) + ","
        + Cells.literal(area) + ",") + Cells.column(ListContract.SUBMISSION_TABLE, Contract.STATUS) + ","
        + Cells.literal(status.label()) + ")";
  }

  /** One row per unit: missing first, then rejected, unexpected and returned. */
  private static void lines(RowWriter out, Styles styles, Submissions.Result result, List<String> headers) {
    List<Submissions.Line> lines = new ArrayList<>(result.lines());
    lines.sort(Comparator.comparingInt((Submissions.Line l) -> order(l.status())).thenComparing(Submissions.Line::administration)
        .thenComparing(Submissions.Line::focusArea).thenComparing(Submissions.Line::unit));
    var text = styles.body(Styles.Format.TEXT);
    int row = HEADER_ROW + 1;
    for (Submissions.Line l : lines) {
      List<String> values = List.of(l.focusArea(), l.department(), l.unit(), l.manager(), l.email(), l.status().label(), l.file(),
          l.administration()); // in the order of HEADERS
      for (int c = 0; c < headers.size(); c++) {
        out.text(row, c, values.get(HEADERS.indexOf(headers.get(c))), text);
      }
      row++;
    }
  }

  private static int order(Submissions.Status s) {
    return switch (s) {
      case MISSING -> 0;
      case REJECTED -> 1;
      case UNEXPECTED -> 2;
      case RETURNED -> 3;
    };
  }

  private static String countIf(int row, Submissions.Status s) {
    return "COUNTIFS(" + Cells.column(ListContract.SUBMISSION_TABLE, Contract.FOCUS_AREA) + "," + Cells.absCol(row, 0) + ","
        + Cells.column(ListContract.SUBMISSION_TABLE, Contract.STATUS) + "," + Cells.literal(s.label()) + ")";
  }

  /** Returns the cached expected, returned, rejected and missing counts of the row. */
  private static long[] areaRow(RowWriter out, Styles styles, Submissions.Result result, int row, String area, Styles.Emphasis e) {
    out.text(row, 0, area, styles.body(e, Styles.Format.TEXT));
    var integer = styles.body(e, Styles.Format.INTEGER);
    long returned = result.count(area, Submissions.Status.RETURNED);
    long rejected = result.count(area, Submissions.Status.REJECTED);
    long missing = result.count(area, Submissions.Status.MISSING);
    long expected = returned + rejected + missing;
    out.formula(row, 1, countIf(row, Submissions.Status.RETURNED) + "+" + countIf(row, Submissions.Status.REJECTED) + "+"
        + countIf(row, Submissions.Status.MISSING), expected, integer);
    out.formula(row, 2, countIf(row, Submissions.Status.RETURNED), returned, integer);
    out.formula(row, 3, countIf(row, Submissions.Status.REJECTED), rejected, integer);
    out.formula(row, 4, countIf(row, Submissions.Status.MISSING), missing, integer);
    out.formula(row, 5, share(row), expected == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) returned / expected),
        styles.body(e, Styles.Format.PERCENT));
    return new long[] {expected, returned, rejected, missing};
  }

  static final String PER_ADMINISTRATION = "Fullständighet per förvaltning";

  /**
   * A roll-up's completeness per förvaltning (issue 13 §5), below the one per fokusområde: what
   * each förvaltning expected, and how many units returned, were rejected or are missing there.
   */
  private static void administrations(RowWriter out, Styles styles, Submissions.Result result, int top) {
    List<String> names = result.lines().stream().map(Submissions.Line::administration).filter(a -> !a.isBlank()).distinct().sorted().toList();
    if (!result.perAdministration() || names.isEmpty()) {
      return;
    }
    out.text(top, 0, PER_ADMINISTRATION, styles.subtitle());
    List<String> headers = new ArrayList<>(SUMMARY_HEADERS);
    headers.set(0, Contract.ADMINISTRATION);
    for (int c = 0; c < headers.size(); c++) {
      out.text(top + 1, c, headers.get(c), styles.header());
    }
    var text = styles.body(Styles.Format.TEXT);
    var integer = styles.body(Styles.Format.INTEGER);
    List<Submissions.Status> statuses = List.of(Submissions.Status.RETURNED, Submissions.Status.REJECTED, Submissions.Status.MISSING);
    int r = top + 2;
    for (String name : names) {
      out.text(r, 0, name, text);
      String in = Cells.column(ListContract.SUBMISSION_TABLE, Contract.ADMINISTRATION) + "," + Cells.absCol(r, 0);
      long[] v = new long[statuses.size()];
      List<String> f = new ArrayList<>();
      for (int k = 0; k < statuses.size(); k++) {
        v[k] = result.countIn(name, statuses.get(k));
        f.add(result.countsOnly()
            ? "SUMIFS(" + Cells.column(ListContract.SUBMISSION_TABLE, List.of(RETURNED, REJECTED, MISSING).get(k)) + "," + in + ")"
            : "COUNTIFS(" + in + "," + Cells.column(ListContract.SUBMISSION_TABLE, Contract.STATUS) + ","
                + Cells.literal(statuses.get(k).label()) + ")");
      }
      long expected = v[0] + v[1] + v[2];
      out.formula(r, 1, result.countsOnly()
          ? "SUMIFS(" + Cells.column(ListContract.SUBMISSION_TABLE, EXPECTED) + "," + in + ")"
          : String.join("+", f), expected, integer);
      for (int k = 0; k < f.size(); k++) {
        out.formula(r, 2 + k, f.get(k), v[k], integer);
      }
      out.formula(r, 5, share(r), expected == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) v[0] / expected),
          styles.body(Styles.Format.PERCENT));
      r++;
    }
  }

  private static String share(int row) {
    return "IF(" + Cells.ref(row, 1) + "=0,\"\"," + Cells.ref(row, 2) + "/" + Cells.ref(row, 1) + ")";
  }

  /**
   * Sums the area rows above ({@code sums} are their cached values): a unit whose area is
   * unknown (a rejected file) is counted only in Inläsning.
   */
  private static void totalRow(RowWriter out, Styles styles, long[] sums, int row, int first, int last, String label) {
    Styles.Emphasis e = Styles.Emphasis.TOTAL;
    out.text(row, 0, label, styles.body(e, Styles.Format.TEXT));
    for (int c = 1; c <= 4; c++) {
      out.formula(row, c, "SUM(" + Cells.range(first, c, last, c) + ")", sums[c - 1], styles.body(e, Styles.Format.INTEGER));
    }
    out.formula(row, 5, share(row), sums[0] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sums[1] / sums[0]),
        styles.body(e, Styles.Format.PERCENT));
  }
}
