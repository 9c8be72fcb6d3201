package se.kompetensgap.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.kompetensgap.config.CategoryMatcher;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Labelled;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * Reads what {@code utskick} hands back to each unit from last year's consolidated workbook,
 * beyond the figures of Underlag ({@link ConsolidatedWorkbookReader}): the unit's risk assessments
 * (table {@code Riskbedomningar}), its activities (table {@code AktiviteterPerEnhet}; in older
 * workbooks {@code Aktivitetsplan}, where one row lists every unit that planned it) and its manager and e-mail (table {@code Inlamning}, present
 * when the run had a list of units). Each table is optional: a workbook without it gives nothing
 * of that kind, never an error, since the figures are what the round needs.
 */
public final class PreviousRoundReader {

  /** The manager, e-mail and own Fokusområde of a unit as last year's Inlämning gave them. */
  public record Contact(String manager, String email, FocusArea area) {}

  /** Per unit, keyed by {@link #key(FocusArea, String, String)}. */
  public record Round(
      Map<String, List<RiskAssessment>> risks,
      Map<String, List<Activity>> activities,
      Map<String, Contact> contacts) {
    public Round {
      risks = Map.copyOf(risks);
      activities = Map.copyOf(activities);
      contacts = Map.copyOf(contacts);
    }

    public List<RiskAssessment> risks(UnitInfo u) {
      return risks.getOrDefault(key(u.focusArea(), u.department(), u.unit()), List.of());
    }

    public List<Activity> activities(UnitInfo u) {
      return activities.getOrDefault(key(u.focusArea(), u.department(), u.unit()), List.of());
    }

    public Optional<Contact> contact(UnitInfo u) {
      return Optional.ofNullable(contacts.get(key(u.focusArea(), u.department(), u.unit())));
    }
  }

  private final CategoryMatcher matcher;

  public PreviousRoundReader(Configuration config) {
    this.matcher = new CategoryMatcher(config);
  }

  /**
   * The key of a unit: Avdelning and Enhet, ignoring case and spacing. Not Fokusområde: a row of
   * another area's category is written under that area (issue 11) but belongs to the same unit.
   */
  public static String key(FocusArea area, String department, String unit) {
    return String.join("\u0000", Labelled.normalise(department), Labelled.normalise(unit)).toLowerCase(Locale.ROOT);
  }

  /** @param units last year's units (from Underlag): the only ones activities are matched to */
  public Round read(WorkbookSource source, List<UnitInfo> units) {
    return new Round(risks(source), activities(source, units), contacts(source));
  }

  private Map<String, List<RiskAssessment>> risks(WorkbookSource source) {
    Map<String, List<RiskAssessment>> out = new LinkedHashMap<>();
    Optional<RawTable> table = source.table(ListContract.ASSESSMENT_TABLE, "Riskbedömningar", Contract.CATEGORY);
    if (table.isEmpty()) {
      return out;
    }
    RawTable t = table.get();
    Optional<Integer> area = t.column(Contract.FOCUS_AREA);
    Optional<Integer> dep = t.column(Contract.DEPARTMENT);
    Optional<Integer> unit = t.column(Contract.UNIT);
    Optional<Integer> cat = t.column(Contract.CATEGORY);
    if (area.isEmpty() || dep.isEmpty() || unit.isEmpty() || cat.isEmpty()) {
      return out;
    }
    for (RawTable.Row row : t.rows()) {
      if (row.isBlank()) {
        continue;
      }
      Optional<FocusArea> focus = matcher.focusArea(text(row, area));
      if (focus.isEmpty()) {
        continue;
      }
      Optional<Category> category = matcher.known(text(row, cat), focus.get());
      if (category.isEmpty()) {
        continue;
      }
      RiskAssessment a = new RiskAssessment(
          category.get(),
          label(Consequence.class, Consequence::label, text(row, t.column(Contract.RISK_OPERATIONAL))),
          label(Likelihood.class, Likelihood::label, text(row, t.column(Contract.LIKELIHOOD_OPERATIONAL))),
          label(Consequence.class, Consequence::label, text(row, t.column(Contract.RISK_WORK_ENVIRONMENT))),
          label(Likelihood.class, Likelihood::label, text(row, t.column(Contract.LIKELIHOOD_WORK_ENVIRONMENT))),
          text(row, t.column(Contract.COMMENT)));
      out.computeIfAbsent(key(focus.get(), text(row, dep), text(row, unit)), k -> new ArrayList<>()).add(a);
    }
    return out;
  }

  /**
   * Aktivitetsplan merges one activity of many units into one row whose Enheter column names
   * them as "Enhet (Fokusområde)", joined with ", " and " och ". A unit gets the row when its own
   * "Enhet (Fokusområde)" is one of the names. A row shared by more than the 40 units the column
   * names ("… och 3 till") reaches only the units it names.
   */
  private Map<String, List<Activity>> activities(WorkbookSource source, List<UnitInfo> units) {
    Optional<RawTable> perUnit =
        source.table(ListContract.UNIT_ACTIVITY_TABLE, ListContract.UNIT_ACTIVITY_SHEET, Contract.ACTIVITY);
    if (perUnit.isPresent() && perUnit.get().column(Contract.UNIT).isPresent()) {
      return activitiesPerUnit(perUnit.get());
    }
    return activitiesFromPlan(source, units);
  }

  /** Aktiviteter per enhet (workbooks since issue 13): one row per unit and activity, exact. */
  private Map<String, List<Activity>> activitiesPerUnit(RawTable t) {
    Map<String, List<Activity>> out = new LinkedHashMap<>();
    Optional<Integer> areaColumn = t.column(Contract.FOCUS_AREA);
    Optional<Integer> dep = t.column(Contract.DEPARTMENT);
    Optional<Integer> unit = t.column(Contract.UNIT);
    Optional<Integer> title = t.column(Contract.ACTIVITY);
    if (areaColumn.isEmpty() || dep.isEmpty() || title.isEmpty()) {
      return out;
    }
    for (RawTable.Row row : t.rows()) {
      if (row.isBlank() || text(row, title).isEmpty()) {
        continue;
      }
      Optional<FocusArea> focus = matcher.focusArea(text(row, areaColumn));
      Optional<Activity> a = activity(row, t, title);
      if (focus.isPresent() && a.isPresent()) {
        out.computeIfAbsent(key(focus.get(), text(row, dep), text(row, unit)), k -> new ArrayList<>()).add(a.get());
      }
    }
    return out;
  }

  private static Optional<Activity> activity(RawTable.Row row, RawTable t, Optional<Integer> title) {
    Optional<ActivityArea> area =
        Labelled.byLabel(ActivityArea.class, ActivityArea::label, text(row, t.column(Contract.ACTIVITY_AREA)));
    if (area.isEmpty()) {
      return Optional.empty();
    }
    ActivityStatus status = Optional.ofNullable(
            label(ActivityStatus.class, ActivityStatus::label, text(row, t.column(Contract.STATUS))))
        .orElse(ActivityStatus.PLANNED);
    return Optional.of(new Activity(
        area.get(),
        text(row, t.column(Contract.CATEGORY)),
        text(row, title),
        text(row, t.column(Contract.DESCRIPTION)),
        text(row, t.column(Contract.PERFORMER)),
        date(row, t.column(Contract.END_DATE)),
        text(row, t.column(Contract.FOLLOW_UP)),
        status,
        text(row, t.column(Contract.END_DATE))));
  }

  /** Older workbooks have only the merged Aktivitetsplan. */
  private Map<String, List<Activity>> activitiesFromPlan(WorkbookSource source, List<UnitInfo> units) {
    Map<String, List<Activity>> out = new LinkedHashMap<>();
    Optional<RawTable> table = source.table(ListContract.ACTIVITY_TABLE, ListContract.ACTIVITY_SHEET, Contract.ACTIVITY);
    if (table.isEmpty()) {
      return out;
    }
    RawTable t = table.get();
    Optional<Integer> named = t.column("Enheter");
    Optional<Integer> title = t.column(Contract.ACTIVITY);
    Optional<Integer> areaColumn = t.column(Contract.ACTIVITY_AREA);
    if (named.isEmpty() || title.isEmpty() || areaColumn.isEmpty()) {
      return out;
    }
    for (RawTable.Row row : t.rows()) {
      if (row.isBlank() || text(row, title).isEmpty()) {
        continue;
      }
      Optional<ActivityArea> area = Labelled.byLabel(ActivityArea.class, ActivityArea::label, text(row, areaColumn));
      if (area.isEmpty()) {
        continue;
      }
      ActivityStatus status = Optional.ofNullable(
              label(ActivityStatus.class, ActivityStatus::label, text(row, t.column(Contract.STATUS))))
          .orElse(ActivityStatus.PLANNED);
      Activity a = new Activity(
          area.get(),
          text(row, t.column(Contract.CATEGORY)),
          text(row, title),
          text(row, t.column(Contract.DESCRIPTION)),
          text(row, t.column(Contract.PERFORMER)),
          date(row, t.column(Contract.END_DATE)),
          text(row, t.column(Contract.FOLLOW_UP)),
          status,
          text(row, t.column(Contract.END_DATE)));
      List<String> names = names(text(row, named));
      for (UnitInfo u : units) {
        String unitName = (u.unit().isBlank() ? u.department() : u.unit()) + " (" + u.focusArea().name() + ")";
        if (names.stream().anyMatch(n -> Labelled.normalise(n).equalsIgnoreCase(Labelled.normalise(unitName)))) {
          out.computeIfAbsent(key(u.focusArea(), u.department(), u.unit()), k -> new ArrayList<>()).add(a);
        }
      }
    }
    return out;
  }

  /** "A (X), B (Y) och C (Z)" → the three names; "och" inside a name is left alone. */
  static List<String> names(String joined) {
    List<String> names = new ArrayList<>();
    for (String part : joined.split("\\),\\s*")) {
      for (String piece : part.split("\\)\\s+och\\s+")) {
        String p = piece.strip();
        if (!p.isEmpty()) {
          names.add(p.endsWith(")") ? p : p + ")");
        }
      }
    }
    return names;
  }

  private Map<String, Contact> contacts(WorkbookSource source) {
    Map<String, Contact> out = new LinkedHashMap<>();
    Optional<RawTable> table = source.table(ListContract.SUBMISSION_TABLE, ListContract.SUBMISSION_SHEET, Contract.UNIT);
    if (table.isEmpty()) {
      return out;
    }
    RawTable t = table.get();
    Optional<Integer> area = t.column(Contract.FOCUS_AREA);
    Optional<Integer> dep = t.column(Contract.DEPARTMENT);
    Optional<Integer> unit = t.column(Contract.UNIT);
    if (area.isEmpty() || dep.isEmpty() || unit.isEmpty()) {
      return out;
    }
    for (RawTable.Row row : t.rows()) {
      Optional<FocusArea> focus = matcher.focusArea(text(row, area));
      if (row.isBlank() || focus.isEmpty() || text(row, unit).isEmpty()) {
        continue;
      }
      out.putIfAbsent(key(focus.get(), text(row, dep), text(row, unit)),
          new Contact(text(row, t.column(ListContract.MANAGER)), text(row, t.column(ListContract.EMAIL)), focus.get()));
    }
    return out;
  }

  private static <E extends Enum<E>> E label(Class<E> type, java.util.function.Function<E, String> label, String text) {
    return text.isBlank() ? null : Labelled.byLabel(type, label, text).orElse(null);
  }

  private static String text(RawTable.Row row, Optional<Integer> column) {
    return column.map(c -> CellValues.text(row.cells().get(c))).orElse("");
  }

  private static String text(RawTable.Row row, int column) {
    return CellValues.text(row.cells().get(column));
  }

  private static LocalDate date(RawTable.Row row, Optional<Integer> column) {
    return column.map(c -> CellValues.date(row.cells().get(c))).orElse(null);
  }
}
