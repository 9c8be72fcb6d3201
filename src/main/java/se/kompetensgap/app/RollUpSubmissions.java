package se.kompetensgap.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kompetensgap.analysis.Submissions;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.intake.SubmissionTableReader;
import se.kompetensgap.intake.WorkbookSource;
import se.kompetensgap.model.ExpectedUnit;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Labelled;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;

/**
 * A roll-up's Inlämning (issue 13 §5): what each förvaltning's HR knew, as its consolidated
 * workbook's own Inlämning gives it (expected, returned, rejected and missing units, by name in
 * a full version, counted per avdelning in an upward one), with the Förvaltning of every line.
 * A workbook whose Inlämning cannot be read counts the rows read from it as returned, as before.
 */
final class RollUpSubmissions {
  private RollUpSubmissions() {}

  /**
   * One consolidated workbook a roll-up read: the outcomes (unit rows) it became, by file, and
   * its Inlämning if it could be read.
   */
  record Input(String file, Set<String> outcomes, Optional<Carried> carried) {
    Input {
      outcomes = Set.copyOf(outcomes);
    }
  }

  /**
   * A workbook's Inlämning as lines with their Förvaltning; an upward version's counts become one
   * line per unit, without unit, manager, e-mail or file.
   */
  record Carried(List<Submissions.Line> lines, boolean countsOnly) {
    Carried {
      lines = List.copyOf(lines);
    }
  }

  /** Said on Inläsning when a workbook's Inlämning could not be read. */
  static String notCarried(String file) {
    return "Bladet Inlämning i " + file + " kunde inte läsas (tabellen Inlamning saknas eller har inte de rubriker programmet "
        + "skriver, t.ex. för att sammanställningen gjordes med en äldre version). Enheterna från den räknas som inkomna på "
        + "bladet Inlämning; vilka enheter förvaltningen väntade på syns inte.";
  }

  /**
   * The Inlämning of a consolidated workbook, if readable; a line without Förvaltning gets the
   * one the table's other lines name, else {@code administration} (the workbook's).
   */
  static Optional<Carried> read(WorkbookSource source, String administration) {
    Optional<SubmissionTableReader.Table> table = SubmissionTableReader.read(source);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    SubmissionTableReader.Table t = table.get();
    Set<String> named = new HashSet<>();
    t.units().forEach(u -> named.add(u.administration()));
    t.counts().forEach(c -> named.add(c.administration()));
    named.remove("");
    // A roll-up's own table names several förvaltningar: a blank one there is left blank.
    String blank = named.size() == 1 ? named.iterator().next() : named.isEmpty() ? administration : "";
    Function<String, String> adm = a -> a.isBlank() ? blank : a;
    List<Submissions.Line> lines = new ArrayList<>();
    for (SubmissionTableReader.UnitRow u : t.units()) {
      Optional<Submissions.Status> s = Submissions.Status.of(u.status());
      s.ifPresent(status -> lines.add(new Submissions.Line(u.focusArea(), u.department(), u.unit(), u.manager(), u.email(), status,
          u.file(), adm.apply(u.administration()))));
    }
    for (SubmissionTableReader.CountRow c : t.counts()) {
      int[] n = {c.returned(), c.rejected(), c.missing(), c.unexpected()};
      Submissions.Status[] statuses = {Submissions.Status.RETURNED, Submissions.Status.REJECTED, Submissions.Status.MISSING,
          Submissions.Status.UNEXPECTED};
      for (int k = 0; k < n.length; k++) {
        for (int i = 0; i < n[k]; i++) {
          lines.add(new Submissions.Line(c.focusArea(), c.department(), "", "", "", statuses[k], "", adm.apply(c.administration())));
        }
      }
    }
    return Optional.of(new Carried(lines, t.countsOnly()));
  }

  /**
   * The run's Inlämning. Not a roll-up, or a roll-up given a list of expected units (--enheter):
   * the units read matched to the list, as always. A roll-up: each förvaltning's own lines, taken
   * once (from the first workbook that has them, so the same förvaltning twice is not counted
   * twice), then the rows read from workbooks without a readable Inlämning, as returned.
   */
  static Submissions.Result of(RollUp.Resolved resolved, Path folder, List<FileOutcome> ruled, Optional<List<ExpectedUnit>> expected,
      Configuration config) {
    if (resolved.workbooks() + resolved.rejected() == 0 || expected.isPresent()) {
      return ReportInputs.submissions(folder, ruled, expected, config);
    }
    Map<String, FileOutcome> byFile = ruled.stream().collect(Collectors.toMap(FileOutcome::file, o -> o, (a, b) -> a));
    List<Submissions.Line> lines = new ArrayList<>();
    Set<String> claimed = new HashSet<>();
    Set<String> carriedFiles = new HashSet<>();
    boolean countsOnly = false;
    boolean listed = false;
    for (Input in : resolved.submissions()) {
      if (in.carried().isEmpty()) {
        continue;
      }
      // The roll-up's own rules rejected rows of it (another year, say): its units count as read.
      if (in.outcomes().stream().map(byFile::get).anyMatch(o -> o != null && o.fate() == FileFate.REJECTED)) {
        continue;
      }
      Set<String> mine = new HashSet<>();
      for (Submissions.Line l : in.carried().get().lines()) {
        String key = Labelled.normalise(l.administration());
        if (!key.isEmpty() && claimed.contains(key)) {
          continue;
        }
        lines.add(canonical(l, config));
        mine.add(key);
      }
      mine.remove("");
      claimed.addAll(mine);
      carriedFiles.addAll(in.outcomes());
      countsOnly |= in.carried().get().countsOnly();
      listed |= madeWithList(in.carried().get());
    }
    List<FileOutcome> rest = ruled.stream().filter(o -> !carriedFiles.contains(o.file())).toList();
    for (Submissions.Line l : ReportInputs.submissions(folder, rest, Optional.empty(), config).lines()) {
      if (!claimed.contains(Labelled.normalise(l.administration()))) {
        lines.add(l);
      }
    }
    return new Submissions.Result(lines, listed, countsOnly, true);
  }

  /**
   * Whether the förvaltning's Inlämning was made with a list of expected units (--enheter): a
   * unit is missing or not on the list, or a line has the manager or e-mail only the list gives.
   * Without one, the roll-up must not speak of "förväntade" units nobody listed. A list that every
   * unit of an upward version answered cannot be told from none; the roll-up then says only what
   * came in.
   */
  static boolean madeWithList(Carried c) {
    return c.lines().stream().anyMatch(l -> l.status() == Submissions.Status.MISSING || l.status() == Submissions.Status.UNEXPECTED
        || !l.manager().isBlank() || !l.email().isBlank());
  }

  /** The line with its fokusområde as the configuration spells it. */
  private static Submissions.Line canonical(Submissions.Line l, Configuration config) {
    for (FocusArea a : config.focusAreas()) {
      if (Labelled.normalise(a.name()).equals(Labelled.normalise(l.focusArea())) && !a.name().equals(l.focusArea())) {
        return new Submissions.Line(a.name(), l.department(), l.unit(), l.manager(), l.email(), l.status(), l.file(), l.administration());
      }
    }
    return l;
  }
}
