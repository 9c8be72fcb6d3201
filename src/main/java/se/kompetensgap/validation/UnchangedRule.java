package se.kompetensgap.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.UnitReport;

/**
 * A workbook from {@code utskick} sent back as it came is a valid answer: the unit's figures are
 * the same as last year (issue 11). It is read like any other, and Inläsning says so with a note,
 * so HR can tell "nothing changed" from "forgot to revise" with the manager if need be.
 */
public final class UnchangedRule {
  private UnchangedRule() {}

  public static final String MESSAGE =
      "Inga ändringar sedan förra året: tillgång och behov är desamma som i förra årets sammanställning.";

  /** Outcomes in the same order; a read unit whose figures equal last year's gets the note. */
  public static List<FileOutcome> apply(List<FileOutcome> outcomes, List<UnitReport> previousUnits) {
    Map<String, Map<Category, CategoryRow>> before = new HashMap<>();
    for (UnitReport u : previousUnits) {
      Map<Category, CategoryRow> rows = before.computeIfAbsent(FolderRules.unitKey(u.info()), k -> new LinkedHashMap<>());
      u.rows().forEach(r -> rows.merge(r.category(), r.withoutComment(), CategoryRow::plus));
    }
    List<FileOutcome> out = new ArrayList<>();
    for (FileOutcome o : outcomes) {
      if (!o.fate().counted() || o.report().isEmpty()) {
        out.add(o);
        continue;
      }
      Map<Category, CategoryRow> last = before.get(FolderRules.unitKey(o.report().get().info()));
      if (last != null && figures(last.values()).equals(figures(o.report().get().rows()))) {
        out.add(o.note(Finding.ofFile(o.file(), Severity.NOTE, MESSAGE)));
      } else {
        out.add(o);
      }
    }
    return out;
  }

  /** The rows without comments and without all-zero rows, as a set: order does not matter. */
  private static Set<CategoryRow> figures(java.util.Collection<CategoryRow> rows) {
    return rows.stream()
        .map(CategoryRow::withoutComment)
        .filter(r -> r.supply().total() + r.demand2().total() + r.demand5().total() > 0)
        .collect(Collectors.toSet());
  }
}
