package se.kompetensgap.intake;

import java.util.List;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Horizon;

/**
 * Numbers that are allowed but unlikely (issue 5: "behov more than three times tillgång, or a
 * unit with more than 200 people"). They are warnings: the file is read, and the manager is
 * asked to check. The thresholds are HR's, in the configuration's [Inställningar].
 */
final class Plausibility {
  private Plausibility() {}

  /** Setting: warn when demand at a horizon exceeds this many times today's supply. */
  static final String DEMAND_FACTOR = "Varning behov gånger tillgång";

  /** Setting: warn when a unit reports more people than this in total today. */
  static final String UNIT_SIZE = "Varning personer per enhet";

  static final double DEFAULT_DEMAND_FACTOR = 3;
  static final int MIN_DIFFERENCE = 5;
  static final int DEFAULT_UNIT_SIZE = 200;

  static double demandFactor(Configuration config) {
    return number(config, DEMAND_FACTOR, DEFAULT_DEMAND_FACTOR);
  }

  static int unitSize(Configuration config) {
    return (int) number(config, UNIT_SIZE, DEFAULT_UNIT_SIZE);
  }

  private static double number(Configuration config, String key, double fallback) {
    try {
      return Double.parseDouble(config.setting(key, Double.toString(fallback)).replace(',', '.').strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /**
   * One category row: demand at either horizon above factor × supply. A category the unit does
   * not have yet (supply 0) is a recruitment plan, not an error, so it is not warned about.
   *
   * @param cells the row's 12 number cells in {@code Contract.numberHeaders()} order
   */
  static void row(FindingSink sink, String sheet, RawCell name, List<RawCell> cells, CategoryRow row, Configuration config) {
    double factor = demandFactor(config);
    int supply = row.supply().total();
    if (supply == 0) {
      return;
    }
    for (Horizon h : Horizon.values()) {
      int demand = row.demand(h).total();
      // A small group growing (1 → 4) is a plan, not a typo: ask only about five or more.
      if (demand > factor * supply && demand - supply >= MIN_DIFFERENCE) {
        int first = 4 + 4 * h.ordinal();
        String range = cells.get(first).ref() + ":" + cells.get(first + 3).ref();
        sink.add(
            sheet,
            new RawCell(range, RawCell.Kind.NUMBER, Integer.toString(demand), demand, false),
            se.kompetensgap.validation.Severity.WARNING,
            "Behovet om " + h.label() + " för " + row.category().name() + " är " + demand
                + " personer, mer än " + format(factor) + " gånger tillgången i dag (" + supply
                + (supply == 1 ? " person" : " personer") + "). Filen "
                + "läses, men kontrollera att antalen står i rätt kolumner (behov, inte "
                + "förändring) och i rätt rad. Stämmer de behöver inget göras.");
      }
    }
  }

  /** The whole unit: more people today than a unit plausibly has. */
  static void unit(FindingSink sink, String sheet, List<RawCell> firstSupplyCells, List<RawCell> lastSupplyCells, List<CategoryRow> rows, Configuration config) {
    int limit = unitSize(config);
    int total = rows.stream().mapToInt(r -> r.supply().total()).sum();
    if (total > limit && !firstSupplyCells.isEmpty()) {
      String range = firstSupplyCells.get(0).ref() + ":" + lastSupplyCells.get(lastSupplyCells.size() - 1).ref();
      sink.add(
          sheet,
          new RawCell(range, RawCell.Kind.NUMBER, Integer.toString(total), total, false),
          se.kompetensgap.validation.Severity.WARNING,
          "Enheten har " + total + " personer i tillgång i dag, fler än " + limit + ", vilket är "
              + "ovanligt för en enhet. Filen läses, men kontrollera att ingen rad har räknats "
              + "två gånger och att antalen gäller enheten, inte hela avdelningen.");
    }
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d).replace('.', ',');
  }
}
