package se.kompetensgap.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Level;

/**
 * What HR configures without recompiling (SPEC §3): focus areas and their categories, the
 * categories every area has, spelling aliases, level definitions and named settings.
 */
public record Configuration(
    Map<FocusArea, List<Category>> areaCategories,
    List<Category> commonCategories,
    Map<String, Category> aliases,
    Map<Level, String> levelDefinitions,
    Map<String, String> settings) {

  /** Setting: label of the row that sums every area's own categories (seed 000, 2.1). */
  public static final String GROUP_TOTAL_LABEL = "Summering yrkeskategorier";

  /** Setting: default name of the förvaltning, written into the template. */
  public static final String ADMINISTRATION = "Förvaltning";

  /**
   * Setting: what a roll-up of several förvaltningar is called ("Malmö stad"); without it the
   * roll-up is titled by how many förvaltningar it holds (issue 10 §5).
   */
  public static final String ORGANISATION = "Organisation";

  public Configuration {
    areaCategories = copyOrdered(areaCategories);
    commonCategories = List.copyOf(commonCategories);
    aliases = Map.copyOf(aliases);
    levelDefinitions = Map.copyOf(levelDefinitions);
    settings = Map.copyOf(settings);
    if (areaCategories.isEmpty()) {
      throw new IllegalArgumentException("no focus areas configured");
    }
    List<Category> seen = new ArrayList<>(commonCategories);
    for (List<Category> list : areaCategories.values()) {
      for (Category c : list) {
        if (seen.contains(c)) {
          throw new IllegalArgumentException("category listed twice: " + c.name());
        }
        seen.add(c);
      }
    }
  }

  private static Map<FocusArea, List<Category>> copyOrdered(Map<FocusArea, List<Category>> in) {
    Map<FocusArea, List<Category>> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(Objects.requireNonNull(k), List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  public List<FocusArea> focusAreas() {
    return List.copyOf(areaCategories.keySet());
  }

  /** The categories an area has of its own, in configured order (without the common ones). */
  public List<Category> ownCategories(FocusArea area) {
    return areaCategories.getOrDefault(area, List.of());
  }

  /** All categories a unit in {@code area} may report: its own, then the common ones. */
  public List<Category> categoriesFor(FocusArea area) {
    List<Category> all = new ArrayList<>(ownCategories(area));
    all.addAll(commonCategories);
    return all;
  }

  /** Every category in report order: each area's own in area order, then the common ones. */
  public List<Category> allCategories() {
    List<Category> all = new ArrayList<>();
    areaCategories.values().forEach(all::addAll);
    all.addAll(commonCategories);
    return all;
  }

  public boolean isCommon(Category category) {
    return commonCategories.contains(category);
  }

  /**
   * The area a row of {@code category} counts under: the category's own area, even when a unit of
   * another area maps it (seed 000: "Inom social resurs finns både stöd och råd för vuxna och barn
   * och unga"); the unit's area for a common category.
   */
  public FocusArea countingArea(Category category, FocusArea unitArea) {
    return owningArea(category).orElse(unitArea);
  }

  /** The area a non-common category belongs to. */
  public Optional<FocusArea> owningArea(Category category) {
    return areaCategories.entrySet().stream()
        .filter(e -> e.getValue().contains(category))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  public String setting(String key, String fallback) {
    String v = settings.get(key);
    return v == null || v.isBlank() ? fallback : v;
  }

  public String groupTotalLabel() {
    return setting(GROUP_TOTAL_LABEL, "Socialsekreterare totalt");
  }
}
