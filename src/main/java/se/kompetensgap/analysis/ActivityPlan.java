package se.kompetensgap.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.UnitReport;

/**
 * Every unit's activities as one plan, grouped by area in the order of seed 002 ("attrahera,
 * rekrytera, introducera, utveckla/motivera och avveckla"). Activities with the same area and
 * the same title, ignoring case, spacing and punctuation at the end, are one activity.
 */
public final class ActivityPlan {
  private ActivityPlan() {}

  public static List<PlannedActivity> merge(List<UnitReport> units) {
    Map<String, List<Activity>> byKey = new LinkedHashMap<>();
    Map<String, Set<String>> unitsByKey = new LinkedHashMap<>();
    for (UnitReport u : units) {
      for (Activity a : u.activities()) {
        String k = a.area().name() + "\u0000" + normalisedTitle(a.title());
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(a);
        unitsByKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(unitName(u));
      }
    }
    List<PlannedActivity> plan = new ArrayList<>();
    for (Map.Entry<String, List<Activity>> e : byKey.entrySet()) {
      plan.add(merged(e.getValue(), List.copyOf(unitsByKey.get(e.getKey()))));
    }
    plan.sort(Comparator.comparing(PlannedActivity::area)
        // Dated rows first, by date; a Tidsplan in words ("Löpande") after them.
        .thenComparing(p -> p.endDate().orElse(LocalDate.MAX))
        .thenComparing(PlannedActivity::title));
    return plan;
  }

  static String unitName(UnitReport u) {
    // The upward version's rows are whole avdelningar (--utan-enheter): name the avdelning.
    boolean whole = u.info().unit().isBlank() || u.info().unit().equals(se.kompetensgap.validation.UpwardVersion.ALL_UNITS);
    String unit = whole ? u.info().department() : u.info().unit();
    return unit + " (" + u.info().focusArea().name() + ")";
  }

  /** "Attraktiva annonser." and "attraktiva  annonser" are the same activity. */
  static String normalisedTitle(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s.;:!,]+$", "").strip();
  }

  private static PlannedActivity merged(List<Activity> same, List<String> units) {
    Activity first = same.get(0);
    Optional<LocalDate> end = same.stream().map(Activity::endDate).filter(d -> d != null).min(LocalDate::compareTo);
    ActivityStatus status = same.stream().map(Activity::status).min(Comparator.naturalOrder()).orElseThrow();
    return new PlannedActivity(
        first.area(),
        first.title(),
        distinct(same.stream().map(Activity::category).toList()),
        distinct(same.stream().map(Activity::description).toList()),
        distinct(same.stream().map(Activity::performer).toList()),
        end,
        distinct(same.stream().map(Activity::followUp).toList()),
        status,
        units,
        distinct(same.stream().map(Activity::schedule).toList()));
  }

  /** The different non-blank texts the units wrote, in order, joined with "; ". */
  private static String distinct(List<String> texts) {
    Set<String> seen = new LinkedHashSet<>();
    for (String t : texts) {
      if (!t.isBlank()) {
        seen.add(t.strip());
      }
    }
    return String.join("; ", seen);
  }

  /** How many activities of each area the plan holds. */
  public static Map<ActivityArea, Integer> countByArea(List<PlannedActivity> plan) {
    Map<ActivityArea, Integer> n = new LinkedHashMap<>();
    for (ActivityArea a : ActivityArea.values()) {
      n.put(a, 0);
    }
    plan.forEach(p -> n.merge(p.area(), 1, Integer::sum));
    return n;
  }
}
