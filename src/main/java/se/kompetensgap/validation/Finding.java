package se.kompetensgap.validation;

import java.util.Objects;

/**
 * One problem in one input file, as data with its position (after jsoup's ParseErrorList):
 * file, sheet, cell and the value found, and a Swedish message that says what to do. Sheet,
 * cell and value are empty strings when the problem concerns the whole file.
 */
public record Finding(
    String file, String sheet, String cell, String value, Severity severity, String message) {

  public Finding {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    sheet = sheet == null ? "" : sheet;
    cell = cell == null ? "" : cell;
    value = value == null ? "" : value;
  }

  public static Finding ofFile(String file, Severity severity, String message) {
    return new Finding(file, "", "", "", severity, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** "Kartläggning!C7" or "Kartläggning" or "" — the place, as Excel users write it. */
  public String place() {
    if (sheet.isEmpty()) {
      return cell;
    }
    return cell.isEmpty() ? sheet : sheet + "!" + cell;
  }

  /**
   * One line for the terminal: «fil.xlsx: Kartläggning!C7: "ca 5" är inte ett heltal. …». The
   * message quotes the value itself where it reads better; {@code value} is kept apart for the
   * Inläsning sheet's own column.
   */
  public String describe() {
    StringBuilder sb = new StringBuilder(file).append(": ");
    if (!place().isEmpty()) {
      sb.append(place()).append(": ");
    }
    return sb.append(message).toString();
  }
}
