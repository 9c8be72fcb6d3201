package se.kompetensgap.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.History;
import se.kompetensgap.model.HistoryRow;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.intake.ConsolidatedWorkbookReader;
import se.kompetensgap.intake.FolderScanner;
import se.kompetensgap.intake.PoiWorkbookSource;
import se.kompetensgap.intake.UnreadableFileException;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.FolderRules;
import se.kompetensgap.validation.Severity;

/**
 * Roll-up (SPEC §1, §6): a folder of consolidated workbooks (several förvaltningar's, say)
 * consolidates through their Underlag tables, keeping each unit row, so the next level up gets
 * the same kind of workbook. A folder that mixes consolidated and manager workbooks is refused:
 * the units would be counted twice.
 */
public final class RollUp {
  private RollUp() {}

  /**
   * What a roll-up read: how many consolidated workbooks, how many unit rows they held (counted
   * after the folder rules), and the förvaltningar they name.
   */
  public record Summary(int workbooks, int rejected, int units, int duplicates, List<String> administrations) {
    public Summary {
      administrations = List.copyOf(administrations);
    }

    /** "2 sammanställningar inlästa (12 enheter, 2 förvaltningar)", then what was not counted. */
    public String describe() {
      String line = (workbooks == 1 ? "1 sammanställning inläst" : workbooks + " sammanställningar inlästa")
          + " (" + (units == 1 ? "1 enhet" : units + " enheter")
          + (administrations.size() > 1 ? ", " + administrations.size() + " förvaltningar" : "") + ")";
      if (rejected > 0) {
        line += ", " + rejected + " avvisad" + (rejected == 1 ? "" : "e");
      }
      if (duplicates > 0) {
        line += ", " + duplicates + (duplicates == 1 ? " enhet fanns två gånger" : " enheter fanns två gånger")
            + " och räknades en gång (se Inläsning)";
      }
      return line;
    }
  }

  /**
   * The outcomes after resolving, and the consolidated workbooks read (none: not a roll-up);
   * {@code history}: the Historik rows they carry, each naming its förvaltning; {@code submissions}:
   * each workbook's own Inlämning, for the roll-up's (issue 13 §5).
   */
  record Resolved(List<FileOutcome> outcomes, int workbooks, int rejected, List<HistoryRow> history,
      List<RollUpSubmissions.Input> submissions) {
    Resolved(List<FileOutcome> outcomes, int workbooks, int rejected) {
      this(outcomes, workbooks, rejected, List.of(), List.of());
    }

    /** @param ruled the outcomes after the folder rules, which skip a unit found twice */
    /**
     * @param submissions the roll-up's Inlämning: an upward version's rows each sum an avdelning's
     *     units ("Alla enheter"), so the units it read are counted there, as Sammanfattning counts them
     */
    Optional<Summary> summary(List<FileOutcome> ruled, se.kompetensgap.analysis.Submissions.Result submissions) {
      if (workbooks + rejected == 0) {
        return Optional.empty();
      }
      List<UnitReport> counted = ruled.stream().flatMap(o -> o.report().stream()).toList();
      int duplicates = (int) ruled.stream().filter(o -> o.fate() == FileFate.SKIPPED && FolderRules.fromConsolidated(o)).count();
      boolean summed = counted.stream().anyMatch(u -> u.info().unit().equals(se.kompetensgap.validation.UpwardVersion.ALL_UNITS));
      int units = summed
          ? (int) (submissions.count(se.kompetensgap.analysis.Submissions.Status.RETURNED)
              + submissions.count(se.kompetensgap.analysis.Submissions.Status.UNEXPECTED))
          : counted.size();
      return Optional.of(new Summary(workbooks, rejected, units, duplicates, GapAnalysis.administrations(counted)));
    }
  }

  /** The outcomes with each consolidated workbook replaced by its units, or as they were. */
  static Resolved resolve(
      List<FolderScanner.FoundFile> found, List<FileOutcome> outcomes, Configuration config) throws RefusedException {
    List<String> consolidated =
        outcomes.stream().filter(RollUp::isConsolidatedSkip).map(FileOutcome::file).toList();
    if (consolidated.isEmpty()) {
      return new Resolved(outcomes, 0, 0);
    }
    List<String> managers =
        outcomes.stream().filter(o -> o.fate().counted()).map(FileOutcome::file).toList();
    Map<String, FolderScanner.FoundFile> byName =
        found.stream().collect(Collectors.toMap(FolderScanner.FoundFile::name, f -> f, (a, b) -> a));
    ConsolidatedWorkbookReader reader = new ConsolidatedWorkbookReader(config);
    if (!managers.isEmpty()) {
      // An earlier output of this same folder, whatever its name, is skipped as validera skips it
      // (issue 10 §4): it is a consolidation of the same förvaltning's managers, so reading it
      // would count them twice, and refusing the whole folder for it helps nobody.
      java.util.Set<String> administrations = outcomes.stream()
          .flatMap(o -> o.report().stream())
          .map(u -> se.kompetensgap.model.Labelled.normalise(u.info().administration()))
          .collect(Collectors.toSet());
      List<FileOutcome> kept = new ArrayList<>();
      List<String> foreign = new ArrayList<>();
      for (FileOutcome o : outcomes) {
        if (isConsolidatedSkip(o)) {
          Optional<se.kompetensgap.model.ConsolidatedData> data = data(reader, byName.get(o.file()));
          if (data.isPresent() && administrations.contains(se.kompetensgap.model.Labelled.normalise(data.get().administration()))) {
            kept.add(FileOutcome.skipped(o.file(), EARLIER_OUTPUT.formatted(data.get().administration(), data.get().year())));
            continue;
          }
          foreign.add(o.file());
        }
        kept.add(o);
      }
      if (foreign.isEmpty()) {
        return new Resolved(kept, 0, 0);
      }
      consolidated = foreign;
      throw new RefusedException(
          "Mappen innehåller både konsoliderade arbetsböcker (" + list(consolidated) + ") och chefernas "
              + "kartläggningar (" + list(managers) + "). De kan inte sammanställas tillsammans, "
              + "för då räknas enheterna två gånger. Lägg de konsoliderade arbetsböckerna i en egen "
              + "mapp för att sammanställa dem (roll-up), eller ta bort dem ur mappen. Inget skrevs.");
    }
    List<FileOutcome> out = new ArrayList<>();
    List<HistoryRow> history = new ArrayList<>();
    java.util.Set<String> carried = new java.util.HashSet<>();
    List<RollUpSubmissions.Input> submissions = new ArrayList<>();
    int workbooks = 0;
    int rejected = 0;
    for (FileOutcome o : outcomes) {
      if (!isConsolidatedSkip(o)) {
        out.add(o);
        continue;
      }
      Read read = readOne(reader, byName.get(o.file()), config, submissions);
      // The same förvaltning's workbook twice in the folder: its units count once (the folder
      // rules), and so does each year of its history (the first workbook's rows).
      java.util.Set<String> pairs = new java.util.HashSet<>();
      for (HistoryRow r : read.history()) {
        String pair = r.year() + "|" + se.kompetensgap.model.Labelled.normalise(r.administration());
        if (!carried.contains(pair)) {
          pairs.add(pair);
          history.add(r);
        }
      }
      carried.addAll(pairs);
      List<FileOutcome> units = read.units();
      if (units.size() == 1 && units.get(0).fate() == FileFate.REJECTED && units.get(0).file().equals(o.file())) {
        rejected++;
      } else {
        workbooks++;
      }
      out.addAll(units);
    }
    return new Resolved(out, workbooks, rejected, history, submissions);
  }

  /** One consolidated workbook: its units as outcomes, and its history. */
  private record Read(List<FileOutcome> units, List<HistoryRow> history) {}

  static final String EARLIER_OUTPUT =
      "Filen är en sammanställning av samma förvaltning (%s, år %d) som arbetsböckerna i mappen, "
          + "t.ex. en tidigare utfil eller förra årets sammanställning. Den hoppas över, så att inga enheter "
          + "räknas två gånger. Förra årets sammanställning anges separat när den ska jämföras med.";

  /** What a consolidated workbook holds, if it can be read. */
  private static Optional<se.kompetensgap.model.ConsolidatedData> data(ConsolidatedWorkbookReader reader, FolderScanner.FoundFile f) {
    if (f == null) {
      return Optional.empty();
    }
    try (PoiWorkbookSource source = PoiWorkbookSource.openPreferringCachedValues(f.path().toFile())) {
      return reader.read(f.name(), source, "").data().filter(d -> !d.administration().isBlank());
    } catch (UnreadableFileException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** @param submissions gets the workbook's own Inlämning, when it was read */
  private static Read readOne(
      ConsolidatedWorkbookReader reader, FolderScanner.FoundFile f, Configuration config, List<RollUpSubmissions.Input> submissions) {
    try (PoiWorkbookSource source = PoiWorkbookSource.openPreferringCachedValues(f.path().toFile())) {
      ConsolidatedWorkbookReader.Result r = reader.read(f.name(), source, f.name() + ": ");
      if (r.data().isEmpty()) {
        return new Read(List.of(FileOutcome.rejected(f.name(), r.findings())), List.of());
      }
      List<FileOutcome> units = new ArrayList<>();
      String administration = r.data().get().administration();
      Optional<RollUpSubmissions.Carried> carried = RollUpSubmissions.read(source, administration.isBlank() ? f.name() : administration);
      for (UnitReport u : r.data().get().units()) {
        UnitReport unit = withAdministration(u, administration.isBlank() ? f.name() : administration);
        List<Finding> notes = new ArrayList<>();
        notes.add(Finding.ofFile(unit.source(), Severity.NOTE,
            FolderRules.FROM_CONSOLIDATED + f.name() + " (sammanställning av sammanställningar)."));
        if (units.isEmpty()) {
          // What the reader noted about the workbook (rows it left out) stands once, with its first unit.
          notes.addAll(r.findings());
          if (carried.isEmpty()) {
            notes.add(Finding.ofFile(unit.source(), Severity.NOTE, RollUpSubmissions.notCarried(f.name())));
          }
        }
        units.add(FileOutcome.of(unit.source(), Optional.of(unit), notes));
      }
      submissions.add(new RollUpSubmissions.Input(f.name(), units.stream().map(FileOutcome::file).collect(Collectors.toSet()), carried));
      List<HistoryRow> history = units.isEmpty()
          ? List.of()
          : History.carried(r.data().get(), administration.isBlank() ? f.name() : administration, config);
      return new Read(units, history);
    } catch (UnreadableFileException e) {
      return new Read(List.of(FileOutcome.rejected(f.name(), List.of(Finding.ofFile(f.name(), Severity.ERROR, e.getMessage())))), List.of());
    }
  }

  /**
   * A row without Förvaltning gets its workbook's (the name most of its rows give, else the file
   * name): the unit key includes Förvaltning, so two förvaltningar's units never collide, and the
   * roll-up's Förvaltning level has somewhere to put the row.
   */
  private static UnitReport withAdministration(UnitReport u, String administration) {
    UnitInfo i = u.info();
    if (!i.administration().isBlank()) {
      return u;
    }
    UnitInfo info = new UnitInfo(i.year(), administration, i.focusArea(), i.department(), i.unit(), i.manager(), i.date(), i.mappingType());
    return new UnitReport(u.source(), info, u.rows(), u.risks(), u.activities());
  }

  private static boolean isConsolidatedSkip(FileOutcome o) {
    return o.fate() == FileFate.SKIPPED
        && o.findings().stream().anyMatch(x -> x.message().equals(Consolidation.CONSOLIDATED_SKIP));
  }

  private static String list(List<String> files) {
    return files.size() <= 3
        ? String.join(", ", files)
        : String.join(", ", files.subList(0, 3)) + " och " + (files.size() - 3) + " till";
  }
}
