package se.kompetensgap.output.template;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.text.Contract;

/**
 * The manager's own formula columns at the right of Kartlaggning: per-row totals and a gap preview
 * (SPEC §4 allows them; the reader ignores them). Each column carries both its Excel formula and
 * the same arithmetic in Java, so the writer and the filler cache the value the formula gives, and
 * a test can hold the two against each other.
 */
final class MappingFormulas {
  private MappingFormulas() {}

  /** The A1 reference of a column's cell in the row being written, looked up by header. */
  interface RowRefs {
    String ref(String header);
  }

  /**
   * One formula column.
   *
   * @param gap whether it shows tillgång − behov (signed number format, red/green highlighting)
   */
  record FormulaColumn(
      String header,
      Function<RowRefs, String> formula,
      ToIntFunction<CategoryRow> value,
      boolean gap) {}

  static final String SUPPLY_TOTAL = "Summa tillgång";

  static String demandTotal(Horizon horizon) {
    return "Summa behov " + horizon.label();
  }

  static String gap(Horizon horizon, Level level) {
    return "Gap " + horizon.label() + " " + level.label();
  }

  static String gapTotal(Horizon horizon) {
    return "Gap " + horizon.label() + " totalt";
  }

  /** What an untouched row holds: every formula over blank inputs gives 0. */
  static final CategoryRow EMPTY_ROW =
      new CategoryRow(
          new Category("tom rad"), LevelCounts.ZERO, LevelCounts.ZERO, LevelCounts.ZERO);

  static final List<FormulaColumn> COLUMNS = columns();

  private static List<FormulaColumn> columns() {
    Level first = Level.values()[0];
    Level last = Level.values()[Level.values().length - 1];
    List<FormulaColumn> c = new ArrayList<>();
    c.add(
        new FormulaColumn(
            SUPPLY_TOTAL,
            r ->
                "SUM("
                    + r.ref(Contract.supplyHeader(first))
                    + ":"
                    + r.ref(Contract.supplyHeader(last))
                    + ")",
            row -> row.supply().total(),
            false));
    for (Horizon h : Horizon.values()) {
      c.add(
          new FormulaColumn(
              demandTotal(h),
              r ->
                  "SUM("
                      + r.ref(Contract.demandHeader(h, first))
                      + ":"
                      + r.ref(Contract.demandHeader(h, last))
                      + ")",
              row -> row.demand(h).total(),
              false));
    }
    // The brief preview shows the short horizon per level (where managers act first) and both
    // horizons in total; the consolidated workbook has the full breakdown.
    Horizon preview = Horizon.TWO_YEARS;
    for (Level l : Level.values()) {
      c.add(
          new FormulaColumn(
              gap(preview, l),
              r -> r.ref(Contract.supplyHeader(l)) + "-" + r.ref(Contract.demandHeader(preview, l)),
              row -> row.supply().get(l) - row.demand(preview).get(l),
              true));
    }
    for (Horizon h : Horizon.values()) {
      c.add(
          new FormulaColumn(
              gapTotal(h),
              r -> r.ref(SUPPLY_TOTAL) + "-" + r.ref(demandTotal(h)),
              row -> row.supply().total() - row.demand(h).total(),
              true));
    }
    return List.copyOf(c);
  }

  static List<String> headers() {
    return COLUMNS.stream().map(FormulaColumn::header).toList();
  }
}
