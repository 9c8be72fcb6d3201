package se.kompetensgap.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.kompetensgap.config.CategoryMatcher;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Labelled;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * The per-unit tables of a consolidated workbook beyond Underlag: the risk assessments
 * ({@code Riskbedomningar}), the activities ({@code AktiviteterPerEnhet}) and the managers'
 * comments per category ({@code Kommentarer}), given back to the
 * units Underlag read, matched on Förvaltning, Fokusområde, Avdelning and Enhet. A roll-up so
 * carries them upward and next year's run can follow them up (issue 13 §4, §5). An upward
 * version's rows name its summed units ("Alla enheter") and match those. Each table is optional
 * (older workbooks lack the activities table); a row whose unit Underlag does not have is left
 * out with a note.
 */
final class UnitTables {
  private UnitTables() {}

  static List<UnitReport> attach(List<UnitReport> units, WorkbookSource source, CategoryMatcher matcher, FindingSink sink) {
    if (units.isEmpty()) {
      return units;
    }
    Map<String, List<RiskAssessment>> risks = new LinkedHashMap<>();
    Map<String, List<Activity>> activities = new LinkedHashMap<>();
    Map<String, Integer> byKey = new LinkedHashMap<>();
    Map<String, Integer> byKeyWithoutAdministration = new LinkedHashMap<>();
    for (int i = 0; i < units.size(); i++) {
      UnitInfo u = units.get(i).info();
      byKey.putIfAbsent(key(u.administration(), u.focusArea().name(), u.department(), u.unit()), i);
      byKeyWithoutAdministration.putIfAbsent(key(null, u.focusArea().name(), u.department(), u.unit()), i);
    }
    Function<RowUnit, Optional<Integer>> find = r -> Optional.ofNullable(
        r.administration().isPresent()
            ? byKey.get(key(r.administration().get(), r.area(), r.department(), r.unit()))
            : byKeyWithoutAdministration.get(key(null, r.area(), r.department(), r.unit())));
    List<String> unmatched = new ArrayList<>();

    source.table(ListContract.ASSESSMENT_TABLE, "Riskbedömningar", Contract.CATEGORY).ifPresent(t -> {
      for (RawTable.Row row : t.rows()) {
        Optional<RowUnit> ru = RowUnit.of(t, row);
        if (ru.isEmpty()) {
          continue;
        }
        Optional<FocusArea> area = matcher.focusArea(ru.get().area());
        Optional<Category> category = area.flatMap(a -> matcher.known(text(t, row, Contract.CATEGORY), a));
        if (category.isEmpty()) {
          continue;
        }
        RiskAssessment a = new RiskAssessment(
            category.get(),
            label(Consequence.class, Consequence::label, text(t, row, Contract.RISK_OPERATIONAL)),
            label(Likelihood.class, Likelihood::label, text(t, row, Contract.LIKELIHOOD_OPERATIONAL)),
            label(Consequence.class, Consequence::label, text(t, row, Contract.RISK_WORK_ENVIRONMENT)),
            label(Likelihood.class, Likelihood::label, text(t, row, Contract.LIKELIHOOD_WORK_ENVIRONMENT)),
            text(t, row, Contract.COMMENT));
        Optional<Integer> unit = find.apply(ru.get());
        if (unit.isEmpty()) {
          unmatched.add("Riskbedömningar rad " + row.number());
          continue;
        }
        risks.computeIfAbsent(Integer.toString(unit.get()), k -> new ArrayList<>()).add(a);
      }
    });

    source.table(ListContract.UNIT_ACTIVITY_TABLE, ListContract.UNIT_ACTIVITY_SHEET, Contract.ACTIVITY).ifPresent(t -> {
      for (RawTable.Row row : t.rows()) {
        Optional<RowUnit> ru = RowUnit.of(t, row);
        String title = text(t, row, Contract.ACTIVITY);
        Optional<ActivityArea> area = Labelled.byLabel(ActivityArea.class, ActivityArea::label, text(t, row, Contract.ACTIVITY_AREA));
        if (ru.isEmpty() || title.isBlank() || area.isEmpty()) {
          continue;
        }
        ActivityStatus status = Optional.ofNullable(label(ActivityStatus.class, ActivityStatus::label, text(t, row, Contract.STATUS)))
            .orElse(ActivityStatus.PLANNED);
        Activity a = new Activity(area.get(), text(t, row, Contract.CATEGORY), title, text(t, row, Contract.DESCRIPTION),
            text(t, row, Contract.PERFORMER), date(t, row, Contract.END_DATE), text(t, row, Contract.FOLLOW_UP), status);
        Optional<Integer> unit = find.apply(ru.get());
        if (unit.isEmpty()) {
          unmatched.add(ListContract.UNIT_ACTIVITY_SHEET + " rad " + row.number());
          continue;
        }
        activities.computeIfAbsent(Integer.toString(unit.get()), k -> new ArrayList<>()).add(a);
      }
    });

    // Kartläggning's Kommentar per category (table Kommentarer), given back to the unit's row.
    Map<Integer, Map<Category, String>> comments = new LinkedHashMap<>();
    source.table(Contract.COMMENTS_TABLE, Contract.COMMENTS_SHEET, Contract.CATEGORY).ifPresent(t -> {
      for (RawTable.Row row : t.rows()) {
        Optional<RowUnit> ru = RowUnit.of(t, row);
        String comment = text(t, row, Contract.MAPPING_COMMENT);
        if (ru.isEmpty() || comment.isBlank()) {
          continue;
        }
        Optional<FocusArea> area = matcher.focusArea(ru.get().area());
        Optional<Category> category = area.flatMap(a -> matcher.known(text(t, row, Contract.CATEGORY), a));
        Optional<Integer> unit = find.apply(ru.get());
        if (category.isEmpty() || unit.isEmpty()) {
          unmatched.add(Contract.COMMENTS_SHEET + " rad " + row.number());
          continue;
        }
        comments.computeIfAbsent(unit.get(), k -> new LinkedHashMap<>()).merge(category.get(), comment, (x, y) -> x + "; " + y);
      }
    });

    if (!unmatched.isEmpty()) {
      sink.add("", null, se.kompetensgap.validation.Severity.NOTE,
          unmatched.size() + (unmatched.size() == 1 ? " rad" : " rader") + " (" + String.join(", ", unmatched.subList(0, Math.min(5, unmatched.size())))
              + (unmatched.size() > 5 ? " …" : "") + ") gäller en enhet som inte finns i tabellen " + Contract.BASIS_TABLE
              + " och togs inte med. Rätta Förvaltning, Fokusområde, Avdelning och Enhet så att de stämmer med Underlag om raderna ska med.");
    }
    List<UnitReport> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      UnitReport u = withComments(units.get(i), comments.getOrDefault(i, Map.of()));
      List<RiskAssessment> r = risks.getOrDefault(Integer.toString(i), List.of());
      List<Activity> a = activities.getOrDefault(Integer.toString(i), List.of());
      out.add(r.isEmpty() && a.isEmpty() ? u : new UnitReport(u.source(), u.info(), u.rows(), concat(u.risks(), r), concat(u.activities(), a)));
    }
    return out;
  }

  private static UnitReport withComments(UnitReport u, Map<Category, String> comments) {
    if (comments.isEmpty()) {
      return u;
    }
    List<CategoryRow> rows = u.rows().stream()
        .map(r -> comments.containsKey(r.category()) && r.comment().isEmpty()
            ? new CategoryRow(r.category(), r.supply(), r.demand2(), r.demand5(), comments.get(r.category()))
            : r)
        .toList();
    return new UnitReport(u.source(), u.info(), rows, u.risks(), u.activities());
  }

  /** The unit a row names; Förvaltning only when the table has the column (older workbooks lack it). */
  private record RowUnit(Optional<String> administration, String area, String department, String unit) {
    static Optional<RowUnit> of(RawTable t, RawTable.Row row) {
      if (row.isBlank() || t.column(Contract.FOCUS_AREA).isEmpty()) {
        return Optional.empty();
      }
      Optional<String> adm = t.column(Contract.ADMINISTRATION).map(c -> CellValues.text(row.cells().get(c)));
      return Optional.of(new RowUnit(adm, text(t, row, Contract.FOCUS_AREA), text(t, row, Contract.DEPARTMENT), text(t, row, Contract.UNIT)));
    }
  }

  private static String key(String administration, String area, String department, String unit) {
    return String.join("\u0000", administration == null ? "" : Labelled.normalise(administration), Labelled.normalise(area),
        Labelled.normalise(department), Labelled.normalise(unit)).toLowerCase(Locale.ROOT);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static <E extends Enum<E>> E label(Class<E> type, Function<E, String> label, String text) {
    return text.isBlank() ? null : Labelled.byLabel(type, label, text).orElse(null);
  }

  private static String text(RawTable t, RawTable.Row row, String header) {
    return t.column(header).map(c -> CellValues.text(row.cells().get(c))).orElse("");
  }

  private static LocalDate date(RawTable t, RawTable.Row row, String header) {
    return t.column(header).map(c -> CellValues.date(row.cells().get(c))).orElse(null);
  }
}
