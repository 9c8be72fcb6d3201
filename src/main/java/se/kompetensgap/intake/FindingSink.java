package se.kompetensgap.intake;

import java.util.ArrayList;
import java.util.List;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.Severity;

/** Collects the findings of one file; every finding carries the file name. */
final class FindingSink {
  private final String file;
  private final List<Finding> findings = new ArrayList<>();

  FindingSink(String file) {
    this.file = file;
  }

  void error(String sheet, RawCell cell, String message) {
    add(sheet, cell, Severity.ERROR, message);
  }

  void warning(String sheet, RawCell cell, String message) {
    add(sheet, cell, Severity.WARNING, message);
  }

  void note(String sheet, RawCell cell, String message) {
    add(sheet, cell, Severity.NOTE, message);
  }

  void add(String sheet, RawCell cell, Severity severity, String message) {
    findings.add(
        new Finding(
            file,
            sheet,
            cell == null ? "" : cell.ref(),
            cell == null ? "" : cell.display(),
            severity,
            message));
  }

  void fileError(String message) {
    findings.add(Finding.ofFile(file, Severity.ERROR, message));
  }

  void sheetError(String sheet, String message) {
    findings.add(new Finding(file, sheet, "", "", Severity.ERROR, message));
  }

  void sheetWarning(String sheet, String message) {
    findings.add(new Finding(file, sheet, "", "", Severity.WARNING, message));
  }

  boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }
}
