package se.kompetensgap.validation;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;

/**
 * Rules that need the whole folder, applied after every file is read on its own: one year per
 * consolidation, one workbook per unit, and Lättversion only with last year's workbook.
 */
public final class FolderRules {
  private FolderRules() {}

  /** How a unit row read from a consolidated workbook (a roll-up) starts its note in Inläsning. */
  public static final String FROM_CONSOLIDATED =
      "Enheten är inläst från tabellen Underlag i den konsoliderade arbetsboken ";

  /** The outcome of the folder rules: the outcomes (same order, some changed) and the year. */
  public record Result(List<FileOutcome> outcomes, Optional<Integer> year) {}

  /**
   * @param fileTimes last-modified time per file name, to break ties between resubmissions
   * @param hasPrevious whether last year's consolidated workbook was given
   */
  public static Result apply(
      List<FileOutcome> outcomes, Map<String, Long> fileTimes, boolean hasPrevious) {
    List<FileOutcome> out = new ArrayList<>(outcomes);
    Optional<Integer> year = majorityYear(out);
    for (int i = 0; i < out.size(); i++) {
      FileOutcome o = out.get(i);
      if (o.report().isEmpty()) {
        continue;
      }
      UnitInfo info = o.report().get().info();
      if (year.isPresent() && info.year() != year.get()) {
        out.set(
            i,
            o.reject(
                new Finding(
                    o.file(), "Enhet", "", Integer.toString(info.year()), Severity.ERROR,
                    "Arbetsboken gäller år " + info.year() + ", men de flesta i mappen gäller år "
                        + year.get() + ". En sammanställning gäller ett år. Rätta året i bladet "
                        + "Enhet, eller lägg filen i en egen mapp.")));
      } else if (info.mappingType() == MappingType.LIGHT && !hasPrevious) {
        out.set(
            i,
            o.reject(
                new Finding(
                    o.file(), "Enhet", "", info.mappingType().label(), Severity.ERROR,
                    LIGHT_WITHOUT_PREVIOUS)));
      }
    }
    keepNewestResubmission(out, fileTimes);
    return new Result(out, year);
  }

  /**
   * A Lättversion read without last year's workbook. Receipts go to managers, so the message
   * names no command-line flag (issue 10); {@link #PREVIOUS_YEAR_HINT} tells HR on the console.
   */
  public static final String LIGHT_WITHOUT_PREVIOUS =
      "Arbetsboken är en Lättversion: tillgången hämtas från förra årets sammanställning. "
          + "HR behöver förra årets sammanställning för att läsa in en Lättversion.";

  /** For HR, on the console, when a Lättversion was rejected for want of last year's workbook. */
  public static final String PREVIOUS_YEAR_HINT =
      "Lättversioner läses in när förra årets konsoliderade arbetsbok anges: kör igen med --foregaende FJOL.xlsx.";

  /** Whether some workbook was rejected only because last year's workbook was not given. */
  public static boolean needsPreviousYear(List<FileOutcome> outcomes) {
    return outcomes.stream().flatMap(o -> o.findings().stream()).anyMatch(f -> f.message().equals(LIGHT_WITHOUT_PREVIOUS));
  }

  /** The most common year among the readable files; ties go to the later year. */
  static Optional<Integer> majorityYear(List<FileOutcome> outcomes) {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (FileOutcome o : outcomes) {
      o.report().ifPresent(r -> counts.merge(r.info().year(), 1, Integer::sum));
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  /**
   * Two workbooks for the same unit (Förvaltning, Avdelning, Enhet) are never both counted: the
   * one with the later Datum wins, then the one saved last, then the later file name. Both
   * files say so in Inläsning.
   */
  static void keepNewestResubmission(List<FileOutcome> out, Map<String, Long> fileTimes) {
    Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
    for (int i = 0; i < out.size(); i++) {
      Optional<UnitReport> r = out.get(i).report();
      if (r.isPresent()) {
        byUnit.computeIfAbsent(unitKey(r.get().info()), k -> new ArrayList<>()).add(i);
      }
    }
    Comparator<Integer> newest =
        Comparator.<Integer, LocalDate>comparing(
                i -> out.get(i).report().get().info().date(),
                Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(i -> fileTimes.getOrDefault(out.get(i).file(), 0L))
            .thenComparing(i -> out.get(i).file());
    for (List<Integer> same : byUnit.values()) {
      if (same.size() < 2) {
        continue;
      }
      int keep = same.stream().max(newest).orElseThrow();
      UnitReport kept = out.get(keep).report().get();
      List<String> others = new ArrayList<>();
      for (int i : same) {
        if (i != keep) {
          others.add(out.get(i).file());
          // A row of a consolidated workbook is no file HR can remove: say which workbooks hold the unit twice.
          String why = fromConsolidated(out.get(i)) || fromConsolidated(out.get(keep))
              ? "Samma enhet (" + describeWithAdministration(kept.info()) + ") finns också i " + out.get(keep).file()
                  + ". Den räknas bara en gång, därifrån. Kontrollera att ingen förvaltnings sammanställning "
                  + "ligger två gånger i mappen (t.ex. en äldre version), och att enheterna har rätt Förvaltning."
              : "En nyare arbetsbok för samma enhet (" + describe(kept.info()) + ") finns: "
                  + out.get(keep).file() + ". Bara den räknas (regel: senast Datum i "
                  + "bladet Enhet, därefter senast sparade fil). Inget att åtgärda om "
                  + "det är rätt version; annars ta bort den andra filen.";
          out.set(i, out.get(i).supersede(Finding.ofFile(out.get(i).file(), Severity.NOTE, why)));
        }
      }
      out.set(
          keep,
          out.get(keep)
              .note(
                  Finding.ofFile(
                      out.get(keep).file(),
                      Severity.NOTE,
                      "Det finns fler arbetsböcker för samma enhet (" + String.join(", ", others)
                          + "). Den här räknas eftersom den är nyast (senast Datum, därefter "
                          + "senast sparad).")));
    }
  }

  /**
   * Förvaltning, Avdelning, Enhet. The aggregated rows of an upward version ("Alla enheter")
   * are one per fokusområde and avdelning, so for them the fokusområde is part of the key.
   */
  static String unitKey(UnitInfo info) {
    // The upward version's rows are per avdelning ("Alla enheter"): the fokusområde tells them apart.
    String area = info.unit().equals(UpwardVersion.ALL_UNITS) ? "|" + info.focusArea().name().toLowerCase(Locale.ROOT) : "";
    return info.key() + area;
  }

  /** Whether the outcome is a unit row of a consolidated workbook (a roll-up). */
  public static boolean fromConsolidated(FileOutcome o) {
    return o.findings().stream().anyMatch(f -> f.message().startsWith(FROM_CONSOLIDATED));
  }

  static String describeWithAdministration(UnitInfo info) {
    return (info.administration().isBlank() ? "" : info.administration() + " / ") + describe(info);
  }

  static String describe(UnitInfo info) {
    return info.department() + " / " + info.unit();
  }

  /** Counts per fate, in fate order, for the summary line. */
  public static Map<FileFate, Integer> counts(List<FileOutcome> outcomes) {
    Map<FileFate, Integer> counts = new HashMap<>();
    outcomes.forEach(o -> counts.merge(o.fate(), 1, Integer::sum));
    return counts;
  }
}
