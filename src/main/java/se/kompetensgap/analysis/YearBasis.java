package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;

/**
 * Which units a comparison of two years rests on (SPEC §5 and §8, issue 10): a unit counts only
 * when it is in both years, matched on Förvaltning + Avdelning + Enhet ({@link UnitInfo#key()}).
 * A unit missing or rejected this year is never a loss, a new one never a gain. A Lättversion
 * unit is in both years, but its tillgång is last year's, so its moves cannot be measured: it
 * counts in the change of gaps (its behov is revised) but not in the outcome of goals.
 */
public final class YearBasis {
  private final List<UnitInfo> compared;
  private final List<UnitInfo> light;
  private final List<UnitInfo> missing;
  private final List<UnitInfo> added;
  private final boolean names;
  private final Map<UnitReport, Standing> regrouped;
  private final Set<String> lightKeys;
  private final Set<String> missingKeys;
  private final Set<String> addedKeys;

  /** A unit's place in the comparison, as Underlag's column Jämförelse shows it. */
  public enum Standing {
    COMPARED("Jämförs"),
    LIGHT("Lättversion"),
    NEW("Ny i år"),
    MISSING("Saknas i år");

    private final String label;

    Standing(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** In both years: counted in the change of gaps (Förändring). */
    public boolean inBothYears() {
      return this == COMPARED || this == LIGHT;
    }
  }

  /** What Måluppfyllelse shows instead of 0 where only Lättversion units have the category. */
  public static final String NOT_MEASURABLE = "kan inte mätas (Lättversion)";

  private YearBasis(
      List<UnitInfo> compared,
      List<UnitInfo> light,
      List<UnitInfo> missing,
      List<UnitInfo> added,
      boolean names,
      Map<UnitReport, Standing> regrouped) {
    this.compared = List.copyOf(compared);
    this.light = List.copyOf(light);
    this.missing = List.copyOf(missing);
    this.added = List.copyOf(added);
    this.names = names;
    this.regrouped = Objects.requireNonNull(regrouped, "regrouped");
    this.lightKeys = keys(light);
    this.missingKeys = keys(missing);
    this.addedKeys = keys(added);
  }

  private static Set<String> keys(List<UnitInfo> units) {
    Set<String> out = new HashSet<>();
    units.forEach(u -> out.add(u.key()));
    return out;
  }

  /** Units in both years with a full mapping this year: the outcome of goals rests on them. */
  public List<UnitInfo> compared() {
    return compared;
  }

  /** Units in both years whose mapping this year is a Lättversion. */
  public List<UnitInfo> light() {
    return light;
  }

  /** Last year's units not read this year (not submitted, or rejected). */
  public List<UnitInfo> missing() {
    return missing;
  }

  /** This year's units last year's workbook does not have. */
  public List<UnitInfo> added() {
    return added;
  }

  /** Whether the descriptions name the units (HR's version) or only count them (upward). */
  public boolean names() {
    return names;
  }

  public static YearBasis of(List<UnitReport> current, List<UnitReport> previous) {
    Map<String, UnitInfo> before = new LinkedHashMap<>();
    previous.forEach(u -> before.putIfAbsent(u.info().key(), u.info()));
    Map<String, UnitInfo> now = new LinkedHashMap<>();
    current.forEach(u -> now.putIfAbsent(u.info().key(), u.info()));
    List<UnitInfo> compared = new ArrayList<>();
    List<UnitInfo> light = new ArrayList<>();
    List<UnitInfo> added = new ArrayList<>();
    for (Map.Entry<String, UnitInfo> e : now.entrySet()) {
      if (!before.containsKey(e.getKey())) {
        added.add(e.getValue());
      } else if (e.getValue().mappingType() == MappingType.LIGHT) {
        light.add(e.getValue());
      } else {
        compared.add(e.getValue());
      }
    }
    List<UnitInfo> missing =
        before.entrySet().stream().filter(e -> !now.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    return new YearBasis(compared, light, missing, added, true, Map.of());
  }

  /** The same basis, described by counts only: the upward version names no unit. */
  public YearBasis withoutNames() {
    return new YearBasis(compared, light, missing, added, false, regrouped);
  }

  /**
   * The same basis over other rows: the upward version sums units into one row per avdelning,
   * separately for each standing, and says here which summed row stands where (by identity).
   */
  public YearBasis regroupedAs(Map<UnitReport, Standing> rows) {
    Map<UnitReport, Standing> m = new IdentityHashMap<>(rows);
    return new YearBasis(compared, light, missing, added, names, java.util.Collections.unmodifiableMap(m));
  }

  /** A row of this year's Underlag. */
  public Standing current(UnitReport unit) {
    Standing s = regrouped.get(unit);
    if (s != null) {
      return s;
    }
    String key = unit.info().key();
    if (addedKeys.contains(key)) {
      return Standing.NEW;
    }
    return lightKeys.contains(key) ? Standing.LIGHT : Standing.COMPARED;
  }

  /** A row of last year's Underlag (UnderlagFjol). */
  public Standing previous(UnitReport unit) {
    Standing s = regrouped.get(unit);
    if (s != null) {
      return s;
    }
    String key = unit.info().key();
    if (missingKeys.contains(key)) {
      return Standing.MISSING;
    }
    return lightKeys.contains(key) ? Standing.LIGHT : Standing.COMPARED;
  }

  /** Every unit of either year. */
  public int total() {
    return compared.size() + light.size() + missing.size() + added.size();
  }

  /** The units the outcome of goals rests on: in both years with a full mapping. */
  public List<UnitReport> comparedNow(List<UnitReport> current) {
    return current.stream().filter(u -> current(u) == Standing.COMPARED).toList();
  }

  public List<UnitReport> comparedBefore(List<UnitReport> previous) {
    return previous.stream().filter(u -> previous(u) == Standing.COMPARED).toList();
  }

  /** The units the change of gaps rests on: in both years, Lättversion included. */
  public List<UnitReport> bothNow(List<UnitReport> current) {
    return current.stream().filter(u -> current(u).inBothYears()).toList();
  }

  public List<UnitReport> bothBefore(List<UnitReport> previous) {
    return previous.stream().filter(u -> previous(u).inBothYears()).toList();
  }

  /**
   * Where a category's outcome cannot be measured: no compared unit has it in either year, and
   * a Lättversion unit has it this year. Keys are (fokusområde or none for a common category,
   * category), as Måluppfyllelse's lines.
   */
  public Map<Line, Boolean> measurable(List<UnitReport> current, List<UnitReport> previous, Configuration config) {
    Map<Line, Boolean> comparedRows = new HashMap<>();
    Map<Line, Boolean> lightRows = new HashMap<>();
    for (UnitReport u : current) {
      Standing s = current(u);
      for (CategoryRow r : u.rows()) {
        Line l = Line.of(u.info().focusArea(), r.category(), config);
        if (s == Standing.COMPARED) {
          comparedRows.put(l, true);
        } else if (s == Standing.LIGHT) {
          lightRows.put(l, true);
        }
      }
    }
    for (UnitReport u : previous) {
      if (previous(u) == Standing.COMPARED) {
        u.rows().forEach(r -> comparedRows.put(Line.of(u.info().focusArea(), r.category(), config), true));
      }
    }
    Map<Line, Boolean> out = new HashMap<>();
    lightRows.keySet().forEach(l -> out.put(l, comparedRows.containsKey(l)));
    return out;
  }

  /** A category line of Måluppfyllelse: its fokusområde (none for a common category). */
  public record Line(Optional<FocusArea> area, Category category) {
    static Line of(FocusArea area, Category c, Configuration config) {
      return new Line(config.isCommon(c) ? Optional.empty() : Optional.of(config.countingArea(c, area)), c);
    }
  }

  // --- the basis in words (Swedish), above Måluppfyllelse and Förändring ---

  /**
   * Måluppfyllelse's basis, e.g. "Utfallet bygger på 13 av 14 enheter, de som finns med båda
   * åren (samma förvaltning, avdelning och enhet). Saknas i år: Barn och unga / Norr. …"
   */
  public String fulfilmentNote() {
    StringBuilder s = new StringBuilder("Utfallet bygger på ").append(ofTotal(compared.size()))
        .append(", de som finns med båda åren (samma förvaltning, avdelning och enhet) med en fullständig kartläggning i år.");
    appendMissingAndNew(s);
    if (!light.isEmpty()) {
      s.append(" Lättversion i år (tillgången är förra årets, så förflyttningarna kan inte mätas och räknas inte i utfallet): ")
          .append(list(light)).append(".");
    }
    return s.toString();
  }

  /** Förändring's basis: every unit in both years, Lättversion too (its behov is revised). */
  public String changeNote() {
    int both = compared.size() + light.size();
    StringBuilder s = new StringBuilder("Jämförelsen bygger på ").append(ofTotal(both))
        .append(", de som finns med båda åren (samma förvaltning, avdelning och enhet); båda årens gap räknas över just dem.");
    appendMissingAndNew(s);
    if (!light.isEmpty()) {
      s.append(" ").append(light.size()).append(" ").append(noun(light.size())).append(" gjorde")
          .append(" en Lättversion: behovet är reviderat, tillgången är förra årets.");
    }
    return s.toString();
  }

  private void appendMissingAndNew(StringBuilder s) {
    if (!missing.isEmpty()) {
      s.append(" Saknas i år (inte inlämnad eller avvisad, se Inläsning): ").append(list(missing)).append(".");
    }
    if (!added.isEmpty()) {
      s.append(" Nya i år: ").append(list(added)).append(".");
    }
  }

  private String ofTotal(int n) {
    int total = total();
    return n + " av " + total + " " + noun(total);
  }

  /**
   * "enhet(er)"; in a roll-up of upward versions, whose rows each sum an avdelning's units
   * ("Alla enheter"), "avdelning(ar)" — the rows compared are avdelningar, not units.
   */
  private String noun(int n) {
    boolean departments = java.util.stream.Stream.of(compared, light, missing, added).flatMap(List::stream)
        .findAny().isPresent()
        && java.util.stream.Stream.of(compared, light, missing, added).flatMap(List::stream)
            .allMatch(u -> u.unit().equals(se.kompetensgap.validation.UpwardVersion.ALL_UNITS));
    return departments ? (n == 1 ? "avdelning" : "avdelningar") : (n == 1 ? "enhet" : "enheter");
  }

  /** The units by name (HR's version) or their number (the upward version). */
  private String list(List<UnitInfo> units) {
    if (!names) {
      return units.size() + " " + noun(units.size());
    }
    boolean severalAdministrations =
        java.util.stream.Stream.of(compared, light, missing, added).flatMap(List::stream)
            .map(UnitInfo::administration).distinct().count() > 1;
    List<String> named = new ArrayList<>();
    for (UnitInfo u : units) {
      String name = (u.department().isBlank() ? "" : u.department() + " / ") + u.unit();
      named.add(severalAdministrations && !u.administration().isBlank() ? u.administration() + ", " + name : name);
    }
    return join(named, 40);
  }

  static String count(int n) {
    return n + (n == 1 ? " enhet" : " enheter");
  }

  /** "a, b och c"; past {@code max} names "… och 12 till". */
  static String join(List<String> items, int max) {
    if (items.isEmpty()) {
      return "";
    }
    List<String> shown = items.subList(0, Math.min(items.size(), max));
    String tail = items.size() > max ? " och " + (items.size() - max) + " till" : "";
    if (!tail.isEmpty() || shown.size() == 1) {
      return String.join(", ", shown) + tail;
    }
    return String.join(", ", shown.subList(0, shown.size() - 1)) + " och " + shown.get(shown.size() - 1);
  }
}
