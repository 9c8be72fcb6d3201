package se.kompetensgap.config;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;

/**
 * Matches the names people type to configured categories and focus areas (SPEC §3): by
 * normalised name (case, spaces, punctuation), then the alias list, then the name with the
 * unit's focus area appended ("Socialpedagog" in Vuxna). Unknown names get the closest
 * known name as a suggestion.
 */
public final class CategoryMatcher {

  /** The outcome of matching one typed name. */
  public sealed interface Match {}

  /** The name is this category, and the unit's area may report it. */
  public record Found(Category category) implements Match {}

  /** The name is a category, but of another focus area than the unit's. */
  public record WrongArea(Category category, FocusArea owner) implements Match {}

  /** No category has this name; {@code suggestion} is the closest known one. */
  public record Unknown(String suggestion) implements Match {}

  private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Configuration config;

  /** Each category by its {@link #key}, the first one configured winning. */
  private final java.util.Map<String, Category> byKey = new java.util.HashMap<>();

  public CategoryMatcher(Configuration config) {
    this.config = config;
    for (Category c : config.allCategories()) {
      byKey.putIfAbsent(key(c.name()), c);
    }
  }

  /** Lower case, no diacritics-insensitive tricks (å ä ö matter in Swedish), no punctuation. */
  public static String key(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    n = PUNCTUATION.matcher(n).replaceAll(" ");
    return n.strip();
  }

  public Match category(String typed, FocusArea area) {
    String k = key(typed);
    Optional<Category> direct = lookup(k);
    if (direct.isEmpty()) {
      direct = lookup(key(typed + " " + area.name()));
    }
    if (direct.isPresent()) {
      Category c = direct.get();
      if (config.categoriesFor(area).contains(c)) {
        return new Found(c);
      }
      return new WrongArea(c, config.owningArea(c).orElse(area));
    }
    List<String> candidates = new ArrayList<>();
    config.categoriesFor(area).forEach(c -> candidates.add(c.name()));
    config.allCategories().forEach(c -> candidates.add(c.name()));
    return new Unknown(closest(k, candidates));
  }

  /**
   * The category {@code typed} names, whether or not it is one of {@code area}'s own (a category
   * of another area is counted under its own area; what the tool wrote itself is read back so).
   */
  public Optional<Category> known(String typed, FocusArea area) {
    Match m = category(typed, area);
    if (m instanceof Found f) {
      return Optional.of(f.category());
    }
    if (m instanceof WrongArea w) {
      return Optional.of(w.category());
    }
    return Optional.empty();
  }

  private Optional<Category> lookup(String k) {
    Category c = byKey.get(k);
    return c != null ? Optional.of(c) : Optional.ofNullable(config.aliases().get(k));
  }

  public Optional<FocusArea> focusArea(String typed) {
    String k = key(typed);
    return config.focusAreas().stream().filter(a -> key(a.name()).equals(k)).findFirst();
  }

  public String closestFocusArea(String typed) {
    return closest(key(typed), config.focusAreas().stream().map(FocusArea::name).toList());
  }

  /** The candidate with the smallest edit distance to {@code k}; ties keep list order. */
  static String closest(String k, List<String> candidates) {
    return candidates.stream()
        .min(Comparator.comparingInt(c -> distance(k, key(c))))
        .orElse("");
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
