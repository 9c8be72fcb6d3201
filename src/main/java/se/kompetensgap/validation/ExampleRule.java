package se.kompetensgap.validation;

import java.util.List;
import java.util.Locale;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.text.Contract;

/**
 * Made-up workbooks never count among real ones (issue 10 §3). {@code exempel} marks every
 * workbook it writes ({@link Contract#EXAMPLE_MARK} in Förvaltning, and a document property).
 * A folder of only examples is consolidated as usual (that is what they are for); in a folder
 * that also holds real managers' workbooks each example is rejected with a message, because a
 * made-up "newer" version of a unit must never replace the manager's real one, and a warning
 * alone would still let invented numbers reach the nämnd's report.
 */
public final class ExampleRule {
  private ExampleRule() {}

  static final String MIXED =
      "Filen är ett påhittat exempel (skrivet av \"kompetensgap exempel\", Förvaltning slutar på \""
          + Contract.EXAMPLE_MARK + "\"), men mappen innehåller också riktiga arbetsböcker. Exemplet räknas "
          + "inte, så att påhittade siffror aldrig blandas med chefernas. Ta bort exemplen ur mappen.";

  public static boolean isExample(UnitReport report) {
    return report.info().administration().toLowerCase(Locale.ROOT).trim().endsWith(Contract.EXAMPLE_MARK);
  }

  public static List<FileOutcome> apply(List<FileOutcome> outcomes) {
    boolean anyReal = outcomes.stream().anyMatch(o -> o.report().isPresent() && !isExample(o.report().get()));
    if (!anyReal) {
      return outcomes;
    }
    return outcomes.stream()
        .map(o -> o.report().isPresent() && isExample(o.report().get())
            ? o.reject(Finding.ofFile(o.file(), Severity.ERROR, MIXED))
            : o)
        .toList();
  }
}
