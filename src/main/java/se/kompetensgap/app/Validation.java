package se.kompetensgap.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.intake.FolderScanner;
import se.kompetensgap.model.ConsolidatedData;
import se.kompetensgap.output.AtomicFile;
import se.kompetensgap.output.Receipts;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.ExampleRule;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.FolderRules;
import se.kompetensgap.validation.LightMappingRule;

/**
 * {@code validera}: the same reading and folder rules as a consolidation, without writing a
 * workbook; optionally one receipt per manager's workbook for HR to mail back (issue 5).
 */
public final class Validation {
  private Validation() {}

  /**
   * @param outcomes every file's fate, after the folder rules
   * @param workbooks the files that were managers' workbooks (opened and not a consolidation):
   *     those that get a receipt
   */
  public record Result(List<FileOutcome> outcomes, Set<String> workbooks) {}

  public static Result run(Path folder, Configuration config) throws IOException {
    return run(folder, config, Optional.empty());
  }

  /**
   * With last year's workbook ({@code --foregaende}), as {@code konsolidera} runs: Lättversion
   * units take last year's tillgång and are read, not rejected (issue 10).
   */
  public static Result run(Path folder, Configuration config, Optional<Path> previousFile) throws IOException {
    Optional<ConsolidatedData> previous =
        previousFile.isPresent() ? Optional.of(PreviousYear.read(previousFile.get(), config)) : Optional.empty();
    List<Path> excluded = previousFile.map(List::of).orElse(List.of());
    List<FolderScanner.FoundFile> found = PreviousYear.relabel(FolderScanner.scan(folder, excluded), previousFile);
    List<FileOutcome> read = Consolidation.read(found, config);
    // Skipped before the folder rules: noise or a consolidated workbook, not a manager's.
    Set<String> workbooks =
        read.stream().filter(o -> o.fate() != FileFate.SKIPPED).map(FileOutcome::file).collect(Collectors.toSet());
    Map<String, Long> times = new HashMap<>();
    for (FolderScanner.FoundFile f : found) {
      times.put(f.name(), Files.getLastModifiedTime(f.path()).toMillis());
    }
    FolderRules.Result ruled = FolderRules.apply(ExampleRule.apply(read), times, previous.isPresent());
    if (previous.isEmpty()) {
      return new Result(ruled.outcomes(), workbooks);
    }
    if (ruled.year().isPresent()) {
      PreviousYear.checkYear(previous.get(), ruled.year().get(), previousFile.get());
    }
    return new Result(LightMappingRule.apply(ruled.outcomes(), previous.get().units(), previous.get().year()), workbooks);
  }

  /** Writes one receipt per manager's workbook into {@code dir}; returns the files written. */
  public static List<Path> writeReceipts(Result result, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new java.util.ArrayList<>();
    Set<String> names = result.outcomes().stream().filter(o -> result.workbooks().contains(o.file()))
        .map(o -> Receipts.fileName(o.file())).collect(Collectors.toSet());
    removeStale(dir, names);
    for (FileOutcome o : result.outcomes()) {
      if (!result.workbooks().contains(o.file())) {
        continue;
      }
      Path target = dir.resolve(Receipts.fileName(o.file()));
      byte[] bytes = Receipts.bytes(o, java.time.LocalDate.now());
      AtomicFile.write(target, out -> out.write(bytes));
      written.add(target);
    }
    return written;
  }

  /**
   * Receipts of an earlier run whose workbook is no longer in the folder would be mailed by
   * mistake; they are removed. Only files this tool wrote (the receipt's name and first line) are
   * touched: anything else HR keeps in the folder stays.
   */
  static void removeStale(Path dir, Set<String> current) throws IOException {
    List<Path> stale;
    try (var files = Files.list(dir)) {
      stale = files.filter(p -> Files.isRegularFile(p) && !current.contains(p.getFileName().toString())
          && Receipts.isReceipt(p)).toList();
    }
    for (Path p : stale) {
      Files.deleteIfExists(p);
    }
  }
}
