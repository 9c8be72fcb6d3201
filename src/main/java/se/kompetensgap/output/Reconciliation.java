package se.kompetensgap.output;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileOutcome;

/**
 * Avstämning on Inläsning (issue 5, accounting): proves that the sums in Underlag equal the sums
 * of every file that was read. The Underlag column is a live formula (its cached value is the
 * Java model's sum); the other is what the files held; a check cell says whether they agree, so
 * a row added to or removed from Underlag by hand after the run shows at once.
 */
final class Reconciliation {
  private Reconciliation() {}

  static final String TITLE = "Avstämning";
  static final String NOTE =
      "Summan i Underlag är en formel; i filerna = vad som lästes ur de inlästa filerna. "
          + "Skiljer de sig har Underlag ändrats för hand.";
  static final List<String> HEADERS =
      List.of("Kontroll", "I Underlag", "I filerna", "Stämmer");
  static final String YES = "Ja";
  static final String NO = "Nej – Underlag har ändrats";

  /** The check column's colours; they go on the sheet before its rows are streamed. */
  static void formats(XSSFSheet sheet, int firstRow) {
    int first = firstRow + 3;
    int last = first + Horizon.values().length;
    ConditionalFormats.whenFormula(sheet, new CellRangeAddress(first, last, 3, 3),
        "$D" + (first + 1) + "<>" + Cells.literal(YES), ConditionalFormats.RED_FILL, ConditionalFormats.RED_TEXT);
    ConditionalFormats.whenFormula(sheet, new CellRangeAddress(first, last, 3, 3),
        "$D" + (first + 1) + "=" + Cells.literal(YES), ConditionalFormats.GREEN_FILL, ConditionalFormats.GREEN_TEXT);
  }

  /** Writes the block from {@code firstRow} (see {@link #formats}); returns the row after it. */
  static int write(RowWriter out, Styles styles, int firstRow, List<FileOutcome> outcomes) {
    List<UnitReport> units = outcomes.stream().flatMap(o -> o.report().stream()).toList();
    int row = firstRow;
    out.text(row++, 0, TITLE, styles.subtitle());
    out.text(row, 0, NOTE, styles.note());
    row++;
    for (int c = 0; c < HEADERS.size(); c++) {
      out.text(row, c, HEADERS.get(c), styles.header());
    }
    row++;
    row = line(out, styles, row, "Tillgång idag, alla nivåer", supplyHeaders(), sum(units, null));
    for (Horizon h : Horizon.values()) {
      row = line(out, styles, row, "Behov " + h.label() + ", alla nivåer", demandHeaders(h), sum(units, h));
    }
    int files = (int) outcomes.stream().filter(o -> o.fate().counted()).count();
    out.text(row, 0, "Inlästa filer som räknas", styles.body(Styles.Format.TEXT));
    out.number(row, 2, files, styles.body(Styles.Format.INTEGER));
    return row + 1;
  }

  private static int line(RowWriter out, Styles styles, int row, String label, List<String> headers, int read) {
    out.text(row, 0, label, styles.body(Styles.Format.TEXT));
    StringBuilder f = new StringBuilder("SUM(");
    for (int i = 0; i < headers.size(); i++) {
      f.append(i == 0 ? "" : ",").append(Cells.column(Contract.BASIS_TABLE, headers.get(i)));
    }
    f.append(')');
    out.formula(row, 1, f.toString(), read, styles.body(Styles.Format.INTEGER));
    out.number(row, 2, read, styles.body(Styles.Format.INTEGER));
    out.textFormula(row, 3, "IF(" + Cells.ref(row, 1) + "=" + Cells.ref(row, 2) + "," + Cells.literal(YES) + "," + Cells.literal(NO) + ")",
        YES, styles.body(Styles.Format.TEXT));
    return row + 1;
  }

  private static List<String> supplyHeaders() {
    return java.util.Arrays.stream(Level.values()).map(Contract::supplyHeader).toList();
  }

  private static List<String> demandHeaders(Horizon h) {
    return java.util.Arrays.stream(Level.values()).map(l -> Contract.demandHeader(h, l)).toList();
  }

  /** Supply (horizon null) or demand at {@code h}, over all levels, rows and units. */
  static int sum(List<UnitReport> units, Horizon h) {
    int s = 0;
    for (UnitReport u : units) {
      for (CategoryRow r : u.rows()) {
        LevelCounts lc = h == null ? r.supply() : r.demand(h);
        s += lc.total();
      }
    }
    return s;
  }
}
