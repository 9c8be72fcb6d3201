package se.kompetensgap.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;

/**
 * The workbook for e-mailing upward ({@code --utan-enheter}, issue 5): no unit-level rows, so the
 * assessments of small, identifiable groups (a unit's one or two sektionschefer) do not travel
 * further than they need to. Underlag gets one row per (fokusområde, avdelning, yrkeskategori)
 * with a neutral label instead of file and unit; Inläsning keeps every file's fate (the
 * accounting) but neither file names, unit names, managers' names nor the quoted cell values.
 * Sums are unchanged, so every formula over Underlag gives the same numbers.
 */
public final class UpwardVersion {
  private UpwardVersion() {}

  /** What stands in Underlag's Enhet column of an aggregated row. */
  public static final String ALL_UNITS = "Alla enheter";

  /**
   * The units of each (år, förvaltning, fokusområde, avdelning) summed into one report, their
   * free text scrubbed of the names the units themselves give (see {@link #known}).
   */
  public static List<UnitReport> units(List<UnitReport> units) {
    return units(units, known(units).build());
  }

  /**
   * The names and vocabulary the units give: their managers and unit names to replace; their
   * categories, fokusområden and avdelningar to keep (the upward version shows those anyway, and
   * an avdelning groups several units under the level the nämnd plans on).
   */
  public static FreeTextScrubber.Builder known(List<UnitReport> units) {
    return known(FreeTextScrubber.builder(), units);
  }

  /** As above, added to {@code b}. */
  public static FreeTextScrubber.Builder known(FreeTextScrubber.Builder b, List<UnitReport> units) {
    for (UnitReport u : units) {
      UnitInfo i = u.info();
      b.person(i.manager()).unit(i.unit()).keep(i.focusArea().name()).keep(i.department()).keep(i.administration());
      u.rows().forEach(r -> b.keep(r.category().name()));
      u.risks().forEach(r -> b.keep(r.category().name()));
    }
    return b;
  }

  /**
   * The units of each (år, förvaltning, fokusområde, avdelning) summed into one report; risk
   * comments and activities' texts go through {@code scrubber}.
   */
  public static List<UnitReport> units(List<UnitReport> units, FreeTextScrubber scrubber) {
    Map<String, List<UnitReport>> groups = new LinkedHashMap<>();
    for (UnitReport u : units) {
      UnitInfo i = u.info();
      String key = i.year() + "|" + i.administration() + "|" + i.focusArea().name() + "|" + i.department();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(u);
    }
    List<UnitReport> out = new ArrayList<>();
    for (List<UnitReport> group : groups.values()) {
      UnitInfo first = group.get(0).info();
      Map<Category, CategoryRow> rows = new LinkedHashMap<>();
      List<RiskAssessment> risks = new ArrayList<>();
      List<Activity> activities = new ArrayList<>();
      for (UnitReport u : group) {
        // The managers' Kommentar goes upward scrubbed, as the other free text (issue 11).
        u.rows().forEach(r -> rows.merge(r.category(), scrub(r, scrubber), CategoryRow::plus));
        u.risks().forEach(r -> risks.add(scrub(r, scrubber)));
        u.activities().forEach(a -> activities.add(scrub(a, scrubber)));
      }
      LocalDate latest =
          group.stream().map(u -> u.info().date()).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
      UnitInfo info =
          new UnitInfo(first.year(), first.administration(), first.focusArea(), first.department(),
              ALL_UNITS, "", latest, MappingType.FULL);
      out.add(new UnitReport(source(first.department(), group.size()), info, List.copyOf(rows.values()), risks, activities));
    }
    return out;
  }

  static RiskAssessment scrub(RiskAssessment r, FreeTextScrubber s) {
    return new RiskAssessment(r.category(), r.operationalRisk(), r.operationalLikelihood(), r.workEnvironmentRisk(),
        r.workEnvironmentLikelihood(), s.scrub(r.comment()));
  }

  /** Every text a manager typed: Yrkeskategori is free text here too ("Annas grupp"). */
  static CategoryRow scrub(CategoryRow r, FreeTextScrubber s) {
    return new CategoryRow(r.category(), r.supply(), r.demand2(), r.demand5(), s.scrub(r.comment()));
  }

  static Activity scrub(Activity a, FreeTextScrubber s) {
    return new Activity(a.area(), s.scrub(a.category()), s.scrub(a.title()), s.scrub(a.description()), s.scrub(a.performer()),
        a.endDate(), s.scrub(a.followUp()), a.status(), s.scrub(a.schedule()));
  }

  /** What the console says after the upward version was written, so that HR reviews the text. */
  public static String replacementsMessage(int n) {
    return (n == 1 ? "1 namn eller kontaktuppgift ersattes" : n + " namn och kontaktuppgifter ersattes")
        + " i fritexten (riskkommentarer och aktiviteter) med [namn], [enhet], [e-post], [telefon] eller "
        + "[personnummer]. Granska gärna texten på bladen Riskanalys, Riskbedömningar och Aktivitetsplan innan "
        + "arbetsboken skickas vidare.";
  }

  static String source(String department, int workbooks) {
    return (department.isEmpty() ? "Avdelning" : department) + " – sammanställt ur " + workbooks
        + (workbooks == 1 ? " arbetsbok" : " arbetsböcker");
  }

  /**
   * Every file's fate under a neutral name ("Fil 1" …), with its fokusområde and avdelning and
   * how many problems it had, but not what they quoted: the full Inläsning stays with HR.
   */
  public static List<FileOutcome> outcomes(List<FileOutcome> outcomes) {
    List<FileOutcome> sorted = outcomes.stream().sorted(Comparator.comparing(FileOutcome::file)).toList();
    List<FileOutcome> out = new ArrayList<>();
    for (int k = 0; k < sorted.size(); k++) {
      FileOutcome o = sorted.get(k);
      // Zero-padded, so that Inläsning's sort by name keeps the numbers in order.
      String name = String.format("Fil %0" + Integer.toString(sorted.size()).length() + "d", k + 1);
      Optional<UnitReport> report =
          o.report().map(r -> {
            UnitInfo i = r.info();
            UnitInfo scrubbed = new UnitInfo(i.year(), i.administration(), i.focusArea(), i.department(), "", "", i.date(), i.mappingType());
            return new UnitReport(name, scrubbed, r.rows(), List.of(), List.of());
          });
      out.add(new FileOutcome(name, o.fate(), report, summary(name, o), Optional.empty()));
    }
    return out;
  }

  private static List<Finding> summary(String name, FileOutcome o) {
    List<Finding> out = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = o.findings().stream().filter(f -> f.severity() == s).count();
      if (n > 0) {
        String what = switch (s) {
          case ERROR -> n == 1 ? "1 fel" : n + " fel";
          case WARNING -> n == 1 ? "1 varning" : n + " varningar";
          case NOTE -> n == 1 ? "1 notering" : n + " noteringar";
        };
        out.add(Finding.ofFile(name, s, what + ". Detaljerna finns i HR:s fullständiga sammanställning."));
      }
    }
    return out;
  }
}
