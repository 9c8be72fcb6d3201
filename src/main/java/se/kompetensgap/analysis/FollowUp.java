package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;

/**
 * Risks and activities followed up from last year (issue 13 §4): last year's assessment beside
 * this year's per category, with a sentence in the style of seed 000 §4 ("Riskanalysen 2018
 * skiljer sig inte från riskanalysen 2017"); and the activities a unit carried from last year
 * (same unit, same Aktivitet) with last year's status, and those that disappeared without being
 * Klar (seed 002: "togs fram 2017 samt 2018 men ses nu som klara eller implementerade").
 */
public final class FollowUp {
  private FollowUp() {}

  public static final String HIGHER = "Högre";
  public static final String LOWER = "Lägre";
  public static final String SAME = "Oförändrad";

  // --- risks ---

  /** Last year's line of the same category (and area), if last year had one. */
  public static Optional<RiskLine> lastYear(RiskAnalysis.Result previous, RiskLine now) {
    return previous.lines().stream()
        .filter(l -> l.category().equals(now.category()) && l.area().equals(now.area()))
        .findFirst();
  }

  /** How the worst-case score (1–9) moved; "" when either year has none to compare. */
  public static String change(int now, int last) {
    if (now == 0 || last == 0) {
      return "";
    }
    return now > last ? HIGHER : now < last ? LOWER : SAME;
  }

  /**
   * "Riskanalysen 2026 skiljer sig inte från riskanalysen 2025." when no category rated both
   * years changed its score; otherwise which categories went up and which down.
   */
  public static String riskSentence(int year, int lastYear, List<RiskLine> now, RiskAnalysis.Result previous) {
    List<String> higher = new ArrayList<>();
    List<String> lower = new ArrayList<>();
    int compared = 0;
    for (RiskLine l : now) {
      Optional<RiskLine> last = lastYear(previous, l);
      String c = change(l.score(), last.map(RiskLine::score).orElse(0));
      if (c.isEmpty()) {
        continue;
      }
      compared++;
      String name = l.category().name().toLowerCase(Locale.ROOT);
      if (c.equals(HIGHER)) {
        higher.add(name);
      } else if (c.equals(LOWER)) {
        lower.add(name);
      }
    }
    if (compared == 0) {
      return "Riskanalysen " + year + " kan inte jämföras med riskanalysen " + lastYear
          + ": ingen yrkeskategori har bedömts båda åren.";
    }
    if (higher.isEmpty() && lower.isEmpty()) {
      return "Riskanalysen " + year + " skiljer sig inte från riskanalysen " + lastYear + ".";
    }
    StringBuilder s = new StringBuilder("Riskanalysen " + year + " skiljer sig från riskanalysen " + lastYear + ": ");
    if (!higher.isEmpty()) {
      s.append("risken bedöms högre för ").append(Narrative.join(higher));
    }
    if (!lower.isEmpty()) {
      s.append(higher.isEmpty() ? "" : " och ").append("lägre för ").append(Narrative.join(lower));
    }
    boolean all = higher.size() + lower.size() == compared;
    return s.append(all ? "." : ". Övriga yrkeskategorier bedöms som förra året.").toString();
  }

  // --- activities ---

  /** An activity last year's unit had, not Klar, that the same unit no longer lists. */
  public record Disappeared(String unit, Activity activity) {}

  /**
   * @param lastStatus per activity of this year's plan (key: {@link #planKey}) that a unit had
   *     last year too, last year's status (the least advanced, as the plan does)
   * @param disappeared last year's activities not Klar that their unit, present this year, dropped
   * @param comparedUnits how many units the comparison rests on (present both years)
   */
  public record Activities(Map<String, ActivityStatus> lastStatus, List<Disappeared> disappeared, int comparedUnits) {
    public Activities {
      lastStatus = Map.copyOf(lastStatus);
      disappeared = List.copyOf(disappeared);
    }

    public Optional<ActivityStatus> lastStatus(PlannedActivity p) {
      return Optional.ofNullable(lastStatus.get(planKey(p.area().name(), p.title())));
    }
  }

  public static String planKey(String area, String title) {
    return area + "\u0000" + ActivityPlan.normalisedTitle(title);
  }

  /** Units are the same on Förvaltning, Avdelning and Enhet, as in the folder rules. */
  static String unitKey(UnitInfo i) {
    return (i.administration() + "|" + i.department() + "|" + i.unit()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  public static Activities activities(List<UnitReport> now, List<UnitReport> last) {
    Map<String, List<UnitReport>> lastByUnit = new LinkedHashMap<>();
    last.forEach(u -> lastByUnit.computeIfAbsent(unitKey(u.info()), k -> new ArrayList<>()).add(u));
    Map<String, List<UnitReport>> nowByUnit = new LinkedHashMap<>();
    now.forEach(u -> nowByUnit.computeIfAbsent(unitKey(u.info()), k -> new ArrayList<>()).add(u));
    Map<String, ActivityStatus> lastStatus = new LinkedHashMap<>();
    List<Disappeared> gone = new ArrayList<>();
    int compared = 0;
    for (Map.Entry<String, List<UnitReport>> e : nowByUnit.entrySet()) {
      List<UnitReport> before = lastByUnit.get(e.getKey());
      if (before == null) {
        continue;
      }
      compared++;
      Map<String, ActivityStatus> beforeByTitle = new LinkedHashMap<>();
      before.stream().flatMap(u -> u.activities().stream()).forEach(a ->
          beforeByTitle.merge(ActivityPlan.normalisedTitle(a.title()), a.status(), (x, y) -> x.compareTo(y) <= 0 ? x : y));
      List<String> titlesNow = new ArrayList<>();
      for (UnitReport u : e.getValue()) {
        for (Activity a : u.activities()) {
          String t = ActivityPlan.normalisedTitle(a.title());
          titlesNow.add(t);
          ActivityStatus s = beforeByTitle.get(t);
          if (s != null) {
            lastStatus.merge(planKey(a.area().name(), a.title()), s, (x, y) -> x.compareTo(y) <= 0 ? x : y);
          }
        }
      }
      for (UnitReport u : before) {
        for (Activity a : u.activities()) {
          if (a.status() != ActivityStatus.DONE && !titlesNow.contains(ActivityPlan.normalisedTitle(a.title()))) {
            gone.add(new Disappeared(ActivityPlan.unitName(u), a));
          }
        }
      }
    }
    gone.sort(Comparator.comparing((Disappeared d) -> d.activity().area()).thenComparing(Disappeared::unit));
    return new Activities(lastStatus, gone, compared);
  }
}
