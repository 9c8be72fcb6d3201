package se.kompetensgap.model;

import java.util.Optional;

/** Looks up vocabulary enums by their Swedish label, tolerant of case and spacing. */
public final class Labelled {
  private Labelled() {}

  /**
   * Stripped, each run of spaces, tabs and line breaks made one space, lower case: what
   * {@code s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)} gives, without a regular
   * expression (it is asked for every header and key of every workbook read).
   */
  public static String normalise(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    int n = t.length();
    StringBuilder b = null;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (isSpace(c)) {
        int j = i;
        while (j + 1 < n && isSpace(t.charAt(j + 1))) {
          j++;
        }
        if (b == null && (c != ' ' || j > i)) {
          b = new StringBuilder(n).append(t, 0, i);
        }
        if (b != null) {
          b.append(' ');
        }
        i = j;
      } else if (b != null) {
        b.append(c);
      }
    }
    return (b == null ? t : b.toString()).toLowerCase(java.util.Locale.ROOT);
  }

  /** The characters {@code \\s} matches in a Java regular expression. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  public static <E extends Enum<E>> Optional<E> byLabel(
      Class<E> type, java.util.function.Function<E, String> label, String text) {
    String wanted = normalise(text);
    for (E e : type.getEnumConstants()) {
      if (normalise(label.apply(e)).equals(wanted)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
