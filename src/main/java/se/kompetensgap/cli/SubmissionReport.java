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
    for (Submissions.Line l : missing) {
      String who = l.manager().isBlank() ? "" : " – " + l.manager() + (l.email().isBlank() ? "" : " <" + l.email() + ">");
      out.println("  " + l.focusArea() + " / " + l.department() + " / " + l.unit() + who);
    }
  }
}
