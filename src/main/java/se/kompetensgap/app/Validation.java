package se.kompetensgap.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.intake.FolderScanner;
import se.kompetensgap.output.AtomicFile;
import se.kompetensgap.output.Receipts;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.ExampleRule;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.FolderRules;

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
    List<FolderScanner.FoundFile> found = FolderScanner.scan(folder, List.of());
    List<FileOutcome> read = Consolidation.read(found, config);
    // Skipped before the folder rules: noise or a consolidated workbook, not a manager's.
    Set<String> workbooks =
        read.stream().filter(o -> o.fate() != FileFate.SKIPPED).map(FileOutcome::file).collect(Collectors.toSet());
    Map<String, Long> times = new HashMap<>();
    for (FolderScanner.FoundFile f : found) {
      times.put(f.name(), Files.getLastModifiedTime(f.path()).toMillis());
    }
    return new Result(FolderRules.apply(ExampleRule.apply(read), times, false).outcomes(), workbooks);
  }

  /** Writes one receipt per manager's workbook into {@code dir}; returns the files written. */
  public static List<Path> writeReceipts(Result result, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new java.util.ArrayList<>();
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
}
