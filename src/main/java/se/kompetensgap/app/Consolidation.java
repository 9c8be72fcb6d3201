package se.kompetensgap.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kompetensgap.analysis.Fulfilment;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapChange;
import se.kompetensgap.analysis.YearBasis;
import se.kompetensgap.model.ConsolidatedData;
import se.kompetensgap.validation.LightMappingRule;
import se.kompetensgap.validation.UnchangedRule;
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
import se.kompetensgap.validation.ExampleRule;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;
import se.kompetensgap.validation.FolderRules;
import se.kompetensgap.validation.FreeTextScrubber;
import se.kompetensgap.model.ExpectedUnit;
import se.kompetensgap.validation.Severity;
import se.kompetensgap.validation.UpwardVersion;

/** One consolidation run: find → read → folder rules → analyse → write. No business rules. */
public final class Consolidation {

  /**
   * What to consolidate, and where to. Built one way, with {@link #builder}: every front door
   * (each command, the watcher, the window) names only what it sets.
   */
  public record Request(
      Path folder,
      Path output,
      Configuration config,
      Optional<Path> previous,
      boolean withoutUnits,
      Optional<Path> expectedUnits,
      Optional<Path> headcounts) {
    public Request {
      java.util.Objects.requireNonNull(folder, "folder");
      java.util.Objects.requireNonNull(output, "output");
      java.util.Objects.requireNonNull(config, "config");
      java.util.Objects.requireNonNull(previous, "previous");
      java.util.Objects.requireNonNull(expectedUnits, "expectedUnits");
      java.util.Objects.requireNonNull(headcounts, "headcounts");
    }

    /** A request for {@code folder} into {@code output}; everything else off until set. */
    public static Builder builder(Path folder, Path output, Configuration config) {
      return new Builder(folder, output, config);
    }

    /** The same request written to another file (the watcher's and the window's reruns). */
    public Request withOutput(Path other) {
      return new Request(folder, other, config, previous, withoutUnits, expectedUnits, headcounts);
    }
  }

  /** Builds a {@link Request}; each setter names one flag of {@code konsolidera}. */
  public static final class Builder {
    private final Path folder;
    private final Path output;
    private final Configuration config;
    private Optional<Path> previous = Optional.empty();
    private boolean withoutUnits;
    private Optional<Path> expectedUnits = Optional.empty();
    private Optional<Path> headcounts = Optional.empty();

    private Builder(Path folder, Path output, Configuration config) {
      this.folder = folder;
      this.output = output;
      this.config = config;
    }

    /** --foregaende: last year's consolidated workbook. */
    public Builder previous(Optional<Path> file) {
      this.previous = file;
      return this;
    }

    public Builder previous(Path file) {
      return previous(Optional.of(file));
    }

    /** --utan-enheter: the upward version. */
    public Builder withoutUnits(boolean on) {
      this.withoutUnits = on;
      return this;
    }

    /** --enheter: HR's list of units expected to submit. */
    public Builder expectedUnits(Optional<Path> file) {
      this.expectedUnits = file;
      return this;
    }

    public Builder expectedUnits(Path file) {
      return expectedUnits(Optional.of(file));
    }

    /** --personal: head counts from the staff statistics. */
    public Builder headcounts(Optional<Path> file) {
      this.headcounts = file;
      return this;
    }

    public Builder headcounts(Path file) {
      return headcounts(Optional.of(file));
    }

    public Request build() {
      return new Request(folder, output, config, previous, withoutUnits, expectedUnits, headcounts);
    }
  }

  /** Why a consolidated workbook among managers' workbooks is not read with them. */
  static final String CONSOLIDATED_SKIP =
      "Filen är en konsoliderad arbetsbok (den har tabellen Underlag), inte en chefs "
          + "kartläggning. Sammanställningar läses inte tillsammans med chefernas "
          + "arbetsböcker, så att inget räknas två gånger.";

  /**
   * What happened: every file's fate, the analysis written, and where; for a roll-up, how many
   * consolidated workbooks and units it read (issue 10 §5: the console counts workbooks, not rows).
   */
  public record Result(
      List<FileOutcome> outcomes, GapReport gaps, Path output, Submissions.Result submissions, int freeTextReplacements,
      Optional<RollUp.Summary> rollUp) {
    public Result(List<FileOutcome> outcomes, GapReport gaps, Path output) {
      this(outcomes, gaps, output, new Submissions.Result(List.of(), false));
    }

    public Result(List<FileOutcome> outcomes, GapReport gaps, Path output, Submissions.Result submissions) {
      this(outcomes, gaps, output, submissions, 0, Optional.empty());
    }

    /**
     * What the console says after an upward version (--utan-enheter): how many names and contact
     * details in free text were replaced, so that HR reviews them. Empty for the full version.
     */
    public Optional<String> replacementsMessage() {
      return freeTextReplacements > 0 ? Optional.of(UpwardVersion.replacementsMessage(freeTextReplacements)) : Optional.empty();
    }

    public List<UnitReport> units() {
      return outcomes.stream().flatMap(o -> o.report().stream()).toList();
    }
  }

  private Consolidation() {}

  public static Result run(Request request) throws IOException {
    return run(request, RunSettings.DEFAULT);
  }

  /** The run, read the fast way or the straightforward way (same result), with its phases timed. */
  public static Result run(Request request, RunSettings settings) throws IOException {
    RunListener listener = settings.listener();
    long t0 = System.nanoTime();
    // HR's lists first: a wrong list stops the run before any work (issue 4).
    var expected = ReportInputs.expected(request);
    var headcounts = ReportInputs.headcounts(request);
    // Last year's workbook is checked before anything is read or written (issue 3).
    Optional<ConsolidatedData> previous =
        request.previous().isPresent()
            ? Optional.of(PreviousYear.read(request.previous().get(), request.config()))
            : Optional.empty();
    List<Path> excluded = new ArrayList<>(List.of(request.output()));
    request.previous().ifPresent(excluded::add);
    List<FolderScanner.FoundFile> found = PreviousYear.relabel(FolderScanner.scan(request.folder(), excluded), request.previous());
    long t1 = System.nanoTime();
    listener.phaseEnded(RunListener.Phase.FIND, t1 - t0);
    List<FileOutcome> read =
        settings.fastIntake() ? FastIntake.read(found, request.config(), listener) : read(found, request.config());
    RollUp.Resolved resolved = RollUp.resolve(found, read, request.config());
    List<FileOutcome> outcomes = resolved.outcomes();
    long t2 = System.nanoTime();
    listener.phaseEnded(RunListener.Phase.READ, t2 - t1);
    Map<String, Long> times = new HashMap<>();
    for (FolderScanner.FoundFile f : found) {
      times.put(f.name(), Files.getLastModifiedTime(f.path()).toMillis());
    }
    FolderRules.Result ruled = FolderRules.apply(ExampleRule.apply(outcomes), times, previous.isPresent());
    if (previous.isPresent()) {
      ruled = new FolderRules.Result(
          UnchangedRule.apply(
              LightMappingRule.apply(ruled.outcomes(), previous.get().units(), previous.get().year()),
              previous.get().units()),
          ruled.year());
    }
    List<UnitReport> units = ruled.outcomes().stream().flatMap(o -> o.report().stream()).toList();
    if (units.isEmpty()) {
      throw new NothingReadException(request.folder(), ruled.outcomes());
    }
    int year = ruled.year().orElse(java.time.Year.now().getValue());
    if (previous.isPresent()) {
      PreviousYear.checkYear(previous.get(), year, request.previous().get());
    }
    GapReport gaps = GapAnalysis.analyse(units, request.config(), year, administration(units, request.config()),
        scope(units, request.config()));
    Submissions.Result submissions = RollUpSubmissions.of(resolved, request.folder(), ruled.outcomes(), expected, request.config());
    ConsolidatedWorkbook.Contents contents =
        new ConsolidatedWorkbook.Contents(gaps, units, ruled.outcomes(), request.config(), submissions, headcounts)
            .withCarriedHistory(resolved.history());
    Optional<YearBasis> basis = Optional.empty();
    if (previous.isPresent()) {
      // Like for like (SPEC §5, issue 10): each unit compared with itself, never a missing
      // unit counted as lost staff nor a new one as gained.
      ConsolidatedData p = previous.get();
      YearBasis b = YearBasis.of(units, p.units());
      basis = Optional.of(b);
      contents = contents.withPrevious(
          p,
          b,
          Fulfilment.analyse(units, p.units(), b, year, p.year(), p.goals(), request.config(), gaps.scope().totalLabel()),
          GapChange.analyse(units, p.units(), b, year, p.year(), request.config(), gaps.scope().totalLabel()));
    }
    FreeTextScrubber scrubber = null;
    if (request.withoutUnits()) {
      // --utan-enheter: the sums are the same, only the rows written and the names differ;
      // last year's copied Underlag is aggregated too, or it would carry unit rows upward.
      // Free text loses every name known from anywhere in the run (issue 10).
      scrubber = knownNames(ruled.outcomes(), previous, expected, submissions, request.config()).build();
      // Units of different standing in the comparison are summed apart, so that Måluppfyllelse
      // and Förändring still sum the same units.
      if (basis.isPresent()) {
        YearBasis b = basis.get();
        ConsolidatedData p = previous.get();
        Map<UnitReport, YearBasis.Standing> standing = new IdentityHashMap<>();
        List<UnitReport> now = upwardRows(units, b::current, standing, scrubber);
        List<UnitReport> before = upwardRows(p.units(), b::previous, standing, scrubber);
        contents = contents.upward(
            now,
            UpwardVersion.outcomes(ruled.outcomes()),
            Optional.of(p.withUnits(before)),
            Optional.of(b.regroupedAs(standing)));
      } else {
        FreeTextScrubber names = scrubber;
        contents = contents.upward(
            UpwardVersion.units(units, names),
            UpwardVersion.outcomes(ruled.outcomes()),
            contents.previous().map(p -> p.withUnits(UpwardVersion.units(p.units(), names))));
      }
    }
    ConsolidatedWorkbook.Contents written = contents;
    long t3 = System.nanoTime();
    listener.phaseEnded(RunListener.Phase.ANALYSE, t3 - t2);
    AtomicFile.write(request.output(), out -> ConsolidatedWorkbook.write(written, out));
    listener.phaseEnded(RunListener.Phase.WRITE, System.nanoTime() - t3);
    return new Result(ruled.outcomes(), gaps, request.output(), submissions, scrubber == null ? 0 : scrubber.replacements(),
        resolved.summary(ruled.outcomes(), submissions));
  }

  /**
   * Every person and unit the run knows of (the workbooks read, superseded or not, last year's
   * units, HR's list and the units named by rejected files), and the vocabulary the upward
   * version keeps (categories and their aliases, fokusområden, avdelningar).
   */
  static FreeTextScrubber.Builder knownNames(List<FileOutcome> outcomes, Optional<ConsolidatedData> previous,
      Optional<List<ExpectedUnit>> expected, Submissions.Result submissions, Configuration config) {
    FreeTextScrubber.Builder b = UpwardVersion.known(outcomes.stream().flatMap(o -> o.report().stream()).toList());
    // A rejected or superseded workbook's Enhet sheet, as it states it.
    outcomes.forEach(o -> o.stated().ifPresent(i -> b.person(i.manager()).unit(i.unit()).keep(i.department())));
    previous.ifPresent(p -> UpwardVersion.known(b, p.units()));
    expected.ifPresent(list -> list.forEach(e -> b.person(e.manager()).unit(e.unit()).keep(e.department()).keep(e.focusArea().name())));
    submissions.lines().forEach(l -> b.person(l.manager()).unit(l.unit()).keep(l.department()));
    config.focusAreas().forEach(a -> b.keep(a.name()));
    config.allCategories().forEach(c -> b.keep(c.name()));
    config.aliases().keySet().forEach(b::keep);
    return b;
  }

  /** The upward version's rows: one per avdelning and standing in the comparison. */
  private static List<UnitReport> upwardRows(
      List<UnitReport> units, Function<UnitReport, YearBasis.Standing> of, Map<UnitReport, YearBasis.Standing> standing,
      FreeTextScrubber scrubber) {
    List<UnitReport> out = new ArrayList<>();
    for (YearBasis.Standing s : YearBasis.Standing.values()) {
      for (UnitReport summed : UpwardVersion.units(units.stream().filter(u -> of.apply(u) == s).toList(), scrubber)) {
        standing.put(summed, s);
        out.add(summed);
      }
    }
    return out;
  }

  /**
   * Whom the totals speak of: the förvaltning, or in a roll-up the organisation ("Malmö stad
   * totalt", "för hela Malmö stad"), computed once here and carried by the gap report.
   */
  static se.kompetensgap.model.Scope scope(List<UnitReport> units, Configuration config) {
    return GapAnalysis.administrations(units).size() > 1
        ? se.kompetensgap.model.Scope.of(administration(units, config))
        : se.kompetensgap.model.Scope.ADMINISTRATION;
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
        return FileOutcome.skipped(f.name(), CONSOLIDATED_SKIP);
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

  /**
   * The förvaltning most units name, or the configured one; for units of several förvaltningar
   * (a roll-up) the organisation's name from the configuration, or "3 förvaltningar".
   */
  static String administration(List<UnitReport> units, Configuration config) {
    int n = GapAnalysis.administrations(units).size();
    if (n > 1) {
      return config.setting(Configuration.ORGANISATION, n + " förvaltningar");
    }
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
