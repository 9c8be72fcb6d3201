package se.kompetensgap.cli;

import java.io.PrintStream;
import java.util.List;
import se.kompetensgap.analysis.Submissions;

/** Prints the units that have not returned a readable workbook (with --enheter). */
final class SubmissionReport {
  private SubmissionReport() {}

  static void print(Submissions.Result r, PrintStream out) {
    if (!r.withList()) {
      return;
    }
    List<Submissions.Line> missing = r.missing();
    if (missing.isEmpty()) {
      out.println("Alla förväntade enheter har lämnat in.");
      return;
    }
    out.println("Enheter som inte har lämnat in (" + missing.size() + "):");
    // A roll-up of upward versions knows only how many units of an avdelning are missing.
    java.util.Map<String, Integer> unnamed = new java.util.LinkedHashMap<>();
    for (Submissions.Line l : missing) {
      String where = (r.perAdministration() && !l.administration().isBlank() ? l.administration() + " / " : "")
          + l.focusArea() + " / " + l.department();
      if (l.unit().isBlank()) {
        unnamed.merge(where, 1, Integer::sum);
        continue;
      }
      String who = l.manager().isBlank() ? "" : " – " + l.manager() + (l.email().isBlank() ? "" : " <" + l.email() + ">");
      out.println("  " + where + " / " + l.unit() + who);
    }
    unnamed.forEach((where, n) -> out.println("  " + where + ": " + n + (n == 1 ? " enhet" : " enheter")));
  }
}
