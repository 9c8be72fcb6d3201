package se.kompetensgap.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.analysis.Submissions;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.intake.FolderScanner;
import se.kompetensgap.intake.ManagerWorkbookReader;
import se.kompetensgap.intake.PoiWorkbookSource;
import se.kompetensgap.intake.UnreadableFileException;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.AtomicFile;
import se.kompetensgap.output.ConsolidatedWorkbook;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.FolderRules;
import se.kompetensgap.validation.Severity;

/** One consolidation run: find → read → folder rules → analyse → write. No business rules. */
public final class Consolidation {

  /** What to consolidate, and where to. */
  public record Request(
      Path folder, Path output, Configuration config, Optional<Path> expectedUnits, Optional<Path> headcounts) {
    public Request(Path folder, Path output, Configuration config) {
      this(folder, output, config, Optional.empty(), Optional.empty());
    }
  }

  /** What happened: every file's fate, the analysis written, and where. */
  public record Result(List<FileOutcome> outcomes, GapReport gaps, Path output, Submissions.Result submissions) {
    public Result(List<FileOutcome> outcomes, GapReport gaps, Path output) {
      this(outcomes, gaps, output, new Submissions.Result(List.of(), false));
    }

    public List<UnitReport> units() {
      return outcomes.stream().flatMap(o -> o.report().stream()).toList();
    }
  }

  private Consolidation() {}

  public static Result run(Request request) throws IOException {
    // HR's lists first: a wrong list stops the run before any work (issue 4).
    var expected = ReportInputs.expected(request);
    var headcounts = ReportInputs.headcounts(request);
    List<FolderScanner.FoundFile> found = FolderScanner.scan(request.folder(), List.of(request.output()));
    List<FileOutcome> outcomes = read(found, request.config());
    Map<String, Long> times = new HashMap<>();
    for (FolderScanner.FoundFile f : found) {
      times.put(f.name(), Files.getLastModifiedTime(f.path()).toMillis());
    }
    FolderRules.Result ruled = FolderRules.apply(outcomes, times, false);
    List<UnitReport> units = ruled.outcomes().stream().flatMap(o -> o.report().stream()).toList();
    int year = ruled.year().orElse(java.time.Year.now().getValue());
    GapReport gaps = GapAnalysis.analyse(units, request.config(), year, administration(units, request.config()));
    Submissions.Result submissions = ReportInputs.submissions(request.folder(), ruled.outcomes(), expected, request.config());
    ConsolidatedWorkbook.Contents contents =
        new ConsolidatedWorkbook.Contents(gaps, units, ruled.outcomes(), request.config(), submissions, headcounts);
    AtomicFile.write(request.output(), out -> ConsolidatedWorkbook.write(contents, out));
    return new Result(ruled.outcomes(), gaps, request.output(), submissions);
  }

  /** Reads every file of the folder on its own; one bad file never stops the rest. */
  static List<FileOutcome> read(List<FolderScanner.FoundFile> found, Configuration config) {
    ManagerWorkbookReader reader = new ManagerWorkbookReader(config);
    List<FileOutcome> outcomes = new ArrayList<>();
    for (FolderScanner.FoundFile f : found) {
      if (f.skipReason().isPresent()) {
        outcomes.add(FileOutcome.skipped(f.name(), f.skipReason().get()));
        continue;
      }
      outcomes.add(readOne(reader, f));
    }
    return outcomes;
  }

  static FileOutcome readOne(ManagerWorkbookReader reader, FolderScanner.FoundFile f) {
    try (PoiWorkbookSource source = PoiWorkbookSource.open(f.path().toFile())) {
      if (source.tableNames().stream().anyMatch(n -> n.equalsIgnoreCase(Contract.BASIS_TABLE))) {
        return FileOutcome.skipped(
            f.name(),
            "Filen är en konsoliderad arbetsbok (den har tabellen Underlag), inte en chefs "
                + "kartläggning. Sammanställningar läses inte tillsammans med chefernas "
                + "arbetsböcker, så att inget räknas två gånger.");
      }
      return reader.read(f.name(), source);
    } catch (UnreadableFileException e) {
      return FileOutcome.rejected(f.name(), List.of(Finding.ofFile(f.name(), Severity.ERROR, e.getMessage())));
    } catch (RuntimeException e) {
      // A file POI cannot parse is this file's problem, never the run's: say so and go on.
      return FileOutcome.rejected(
          f.name(),
          List.of(
              Finding.ofFile(
                  f.name(),
                  Severity.ERROR,
                  "Filen kunde inte läsas (" + e.getClass().getSimpleName() + ": "
                      + Optional.ofNullable(e.getMessage()).orElse("") + "). Be chefen öppna "
                      + "den i Excel, spara som .xlsx och skicka den igen.")));
    }
  }

  /** The förvaltning most units name, or the configured one. */
  static String administration(List<UnitReport> units, Configuration config) {
    return units.stream()
        .map(u -> u.info().administration())
        .filter(s -> !s.isBlank())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
        .entrySet()
        .stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(config.setting(Configuration.ADMINISTRATION, ""));
  }
}
