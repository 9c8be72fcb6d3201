package se.kompetensgap.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * A consolidated workbook's own Inlämning (table {@code Inlamning}, issue 13 §5), read
 * leniently by header name for a roll-up: the full version's one row per unit with its Status,
 * or the upward version's counts per fokusområde and avdelning. A workbook without the table,
 * or whose table lacks the columns, has none: the roll-up then counts the rows it read.
 */
public final class SubmissionTableReader {
  private SubmissionTableReader() {}

  /** One unit's row of the full version, as written (Status is the label, e.g. "Saknas"). */
  public record UnitRow(String administration, String focusArea, String department, String unit, String manager, String email,
      String status, String file) {}

  /** One row of the upward version: how many units of one avdelning had each status. */
  public record CountRow(String administration, String focusArea, String department, int returned, int rejected, int missing,
      int unexpected) {}

  /** What the table holds: unit rows (the full version) or count rows (the upward version). */
  public record Table(boolean countsOnly, List<UnitRow> units, List<CountRow> counts) {
    public Table {
      units = List.copyOf(units);
      counts = List.copyOf(counts);
    }
  }

  /** The table, if it is there with the columns either version writes. */
  public static Optional<Table> read(WorkbookSource source) {
    Optional<RawTable> found;
    try {
      found = source.table(ListContract.SUBMISSION_TABLE, ListContract.SUBMISSION_SHEET, Contract.FOCUS_AREA);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    RawTable t = found.get();
    Optional<Integer> area = t.column(Contract.FOCUS_AREA);
    Optional<Integer> department = t.column(Contract.DEPARTMENT);
    Optional<Integer> status = t.column(Contract.STATUS);
    Optional<Integer> administration = t.column(Contract.ADMINISTRATION);
    if (area.isEmpty() || department.isEmpty()) {
      return Optional.empty();
    }
    if (status.isPresent()) {
      Optional<Integer> unit = t.column(Contract.UNIT);
      Optional<Integer> manager = t.column(ListContract.MANAGER);
      Optional<Integer> email = t.column(ListContract.EMAIL);
      Optional<Integer> file = t.column(ListContract.SUBMISSION_FILE);
      List<UnitRow> rows = new ArrayList<>();
      for (RawTable.Row r : rows(t)) {
        String s = text(r, status);
        if (s.isEmpty()) {
          continue;
        }
        rows.add(new UnitRow(text(r, administration), text(r, area), text(r, department), text(r, unit), text(r, manager),
            text(r, email), s, text(r, file)));
      }
      return Optional.of(new Table(false, rows, List.of()));
    }
    List<Optional<Integer>> numbers = List.of(t.column(ListContract.SUBMISSION_RETURNED), t.column(ListContract.SUBMISSION_REJECTED),
        t.column(ListContract.SUBMISSION_MISSING), t.column(ListContract.SUBMISSION_UNEXPECTED));
    if (numbers.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    List<CountRow> counts = new ArrayList<>();
    for (RawTable.Row r : rows(t)) {
      int[] n = new int[numbers.size()];
      for (int k = 0; k < n.length; k++) {
        Optional<Integer> v = count(r.cells().get(numbers.get(k).get()));
        if (v.isEmpty()) {
          return Optional.empty();
        }
        n[k] = v.get();
      }
      String dep = text(r, department);
      String focus = text(r, area);
      if (focus.isEmpty() && dep.equals(ListContract.SUBMISSION_UNKNOWN_DEPARTMENT)) {
        dep = "";
      }
      counts.add(new CountRow(text(r, administration), focus, dep, n[0], n[1], n[2], n[3]));
    }
    return Optional.of(new Table(true, List.of(), counts));
  }

  /** The rows up to the first blank one: found as a sheet, the completeness block below is no part of it. */
  private static List<RawTable.Row> rows(RawTable t) {
    List<RawTable.Row> out = new ArrayList<>();
    for (RawTable.Row r : t.rows()) {
      if (r.isBlank()) {
        if (t.asTable()) {
          continue;
        }
        break;
      }
      out.add(r);
    }
    return out;
  }

  private static String text(RawTable.Row r, Optional<Integer> column) {
    return column.map(c -> CellValues.text(r.cells().get(c))).orElse("");
  }

  /** A whole number of units: blank is none. */
  private static Optional<Integer> count(RawCell c) {
    if (c.isBlank()) {
      return Optional.of(0);
    }
    if (c.kind() == RawCell.Kind.NUMBER && c.number() == Math.rint(c.number()) && c.number() >= 0 && c.number() < 1e6) {
      return Optional.of((int) c.number());
    }
    if (c.kind() == RawCell.Kind.TEXT) {
      try {
        int v = Integer.parseInt(c.text().strip());
        return v >= 0 ? Optional.of(v) : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
