package se.kompetensgap.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.kompetensgap.model.UnitIdentity;
import se.kompetensgap.model.UnitReport;

/**
 * The fate of one file and why. A file is read whole or rejected whole (SPEC §7): a rejected
 * outcome never carries a report, so nothing of it can reach the sums.
 */
public record FileOutcome(
    String file, FileFate fate, Optional<UnitReport> report, List<Finding> findings, Optional<UnitIdentity> stated) {

  public FileOutcome {
    findings = List.copyOf(findings);
    stated = stated == null ? Optional.empty() : stated.filter(i -> !i.isEmpty());
    if (fate.counted() != report.isPresent()) {
      throw new IllegalArgumentException(fate + " with report=" + report.isPresent());
    }
  }

  public static FileOutcome skipped(String file, String reason) {
    return new FileOutcome(
        file, FileFate.SKIPPED, Optional.empty(), List.of(Finding.ofFile(file, Severity.NOTE, reason)), Optional.empty());
  }

  public static FileOutcome rejected(String file, List<Finding> findings) {
    return new FileOutcome(file, FileFate.REJECTED, Optional.empty(), findings, Optional.empty());
  }

  /** Read if there are no errors, with warnings if there are any; rejected otherwise. */
  public static FileOutcome of(String file, Optional<UnitReport> report, List<Finding> findings) {
    boolean errors = findings.stream().anyMatch(Finding::isError);
    if (errors || report.isEmpty()) {
      return rejected(file, findings);
    }
    boolean warnings = findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
    return new FileOutcome(
        file, warnings ? FileFate.READ_WITH_WARNINGS : FileFate.READ, report, findings, Optional.empty());
  }

  /** The same file, rejected for a reason found only when looking at the whole folder. */
  public FileOutcome reject(Finding why) {
    List<Finding> all = new ArrayList<>(findings);
    all.add(why);
    return new FileOutcome(file, FileFate.REJECTED, Optional.empty(), all, identity());
  }

  /**
   * The same file, not counted because a newer workbook for the same unit is (a resubmission is
   * not a bad file, so it is skipped rather than rejected).
   */
  public FileOutcome supersede(Finding why) {
    List<Finding> all = new ArrayList<>(findings);
    all.add(why);
    return new FileOutcome(file, FileFate.SKIPPED, Optional.empty(), all, identity());
  }

  /** The same file and fate, with one more finding that does not change the fate. */
  public FileOutcome note(Finding finding) {
    List<Finding> all = new ArrayList<>(findings);
    all.add(finding);
    return new FileOutcome(file, fate, report, all, stated);
  }

  /** Whose the workbook is: from what was read, or else as its Enhet sheet states it. */
  public Optional<UnitIdentity> identity() {
    return report.map(r -> UnitIdentity.of(r.info())).or(() -> stated);
  }

  /** The same outcome, knowing whose workbook it is although it could not be read whole. */
  public FileOutcome withStated(Optional<UnitIdentity> identity) {
    return new FileOutcome(file, fate, report, findings, identity);
  }
}
