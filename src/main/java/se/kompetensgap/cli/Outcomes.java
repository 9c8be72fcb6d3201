package se.kompetensgap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.kompetensgap.app.Consolidation;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.FolderRules;
import se.kompetensgap.validation.Severity;

/** How the fate of a run's files is told on the console, the same for every command that consolidates. */
final class Outcomes {
  private Outcomes() {}

  /** Rejected files and their errors on stderr, sorted by file; warnings counted. */
  static void report(List<FileOutcome> outcomes, PrintStream err) {
    List<FileOutcome> rejected = outcomes.stream().filter(o -> o.fate() == FileFate.REJECTED)
        .sorted(Comparator.comparing(FileOutcome::file)).toList();
    if (!rejected.isEmpty()) {
      err.println("Avvisade filer (räknas inte; rätta och kör igen):");
      for (FileOutcome o : rejected) {
        for (Finding f : o.findings()) {
          if (f.severity() == Severity.ERROR) {
            err.println("  " + f.describe());
          }
        }
      }
    }
    // Skipped files and superseded versions by name, so the console alone tells what happened
    // to every file (issue 14); -q leaves this out and the summary line counts them.
    List<FileOutcome> skipped = outcomes.stream().filter(o -> o.fate() == FileFate.SKIPPED)
        .sorted(Comparator.comparing(FileOutcome::file)).toList();
    if (!skipped.isEmpty()) {
      err.println("Hoppades över (räknas inte):");
      for (FileOutcome o : skipped) {
        err.println("  " + o.file() + ": " + why(o));
      }
    }
    // Warnings of the workbooks counted, as Inläsning's "inlästa med varningar" (a skipped file's are moot).
    long warnings = outcomes.stream().filter(o -> o.fate().counted()).flatMap(o -> o.findings().stream())
        .filter(f -> f.severity() == Severity.WARNING).count();
    if (warnings > 0) {
      err.println(warnings + (warnings == 1 ? " varning" : " varningar") + "; se bladet Inläsning.");
    }
  }

  /** Why a file was skipped: the note that skipped it (the last finding; a superseded version's earlier warnings come first). */
  private static String why(FileOutcome o) {
    List<Finding> notes = o.findings().stream().filter(f -> f.severity() == Severity.NOTE).toList();
    List<Finding> from = notes.isEmpty() ? o.findings() : notes;
    return from.isEmpty() ? "" : from.get(from.size() - 1).message();
  }

  /** The run's last line: "14 arbetsböcker inlästa, 0 avvisade, 3 hoppades över → FIL". */
  static String summary(Consolidation.Result result, Path target) {
    if (result.rollUp().isPresent()) {
      // A roll-up counts consolidated workbooks and the units in them, not rows as "arbetsböcker" (issue 10 §5).
      return result.rollUp().get().describe() + " → " + target;
    }
    Map<FileFate, Integer> counts = FolderRules.counts(result.outcomes());
    int read = counts.getOrDefault(FileFate.READ, 0) + counts.getOrDefault(FileFate.READ_WITH_WARNINGS, 0);
    int rejected = counts.getOrDefault(FileFate.REJECTED, 0);
    return read + (read == 1 ? " arbetsbok inläst, " : " arbetsböcker inlästa, ")
        + rejected + (rejected == 1 ? " avvisad, " : " avvisade, ")
        + counts.getOrDefault(FileFate.SKIPPED, 0) + " hoppades över → " + target;
  }

  static int exitCode(List<FileOutcome> outcomes) {
    return FolderRules.counts(outcomes).getOrDefault(FileFate.REJECTED, 0) > 0 ? ExitCode.SOME_REJECTED : ExitCode.OK;
  }
}
