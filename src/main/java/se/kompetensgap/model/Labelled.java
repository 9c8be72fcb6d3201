package se.kompetensgap.model;

import java.util.Optional;

/** Looks up vocabulary enums by their Swedish label, tolerant of case and spacing. */
public final class Labelled {
  private Labelled() {}

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  public static String normalise(String s) {
    return s == null ? "" : SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
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
