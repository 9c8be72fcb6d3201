package se.kompetensgap.intake;

/**
 * One cell as a person left it, independent of how the file was parsed. A formula typed into
 * an input cell arrives as its evaluated result, never as a cached value (SPEC §4).
 *
 * @param ref the A1 address, e.g. "C7"
 * @param text the text as shown (for TEXT), the error code (for ERROR), or the number as typed
 * @param number the numeric value (for NUMBER)
 * @param dateFormatted whether a NUMBER cell is formatted as a date
 */
public record RawCell(String ref, Kind kind, String text, double number, boolean dateFormatted) {

  /** What the cell holds. */
  public enum Kind {
    BLANK,
    TEXT,
    NUMBER,
    BOOLEAN,
    ERROR
  }

  public static RawCell blank(String ref) {
    return new RawCell(ref, Kind.BLANK, "", 0, false);
  }

  public static RawCell text(String ref, String text) {
    return text == null || text.isBlank()
        ? blank(ref)
        : new RawCell(ref, Kind.TEXT, text, 0, false);
  }

  public static RawCell number(String ref, double value, boolean dateFormatted) {
    return new RawCell(ref, Kind.NUMBER, displayNumber(value), value, dateFormatted);
  }

  public boolean isBlank() {
    return kind == Kind.BLANK;
  }

  /** How the value reads in a message: the text, or the number without a trailing ".0". */
  public String display() {
    return text;
  }

  static String displayNumber(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v).replace('.', ',');
  }
}
