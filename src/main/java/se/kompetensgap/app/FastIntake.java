package se.kompetensgap.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.intake.FolderScanner;
import se.kompetensgap.intake.ManagerWorkbookReader;
import se.kompetensgap.intake.ReaderColumns;
import se.kompetensgap.intake.StreamingWorkbookSource;
import se.kompetensgap.intake.UnreadableFileException;
import se.kompetensgap.intake.ZipPreflight;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;

/**
 * Reads the folder's workbooks on all cores, each .xlsx through {@link StreamingWorkbookSource}
 * where it can answer exactly, and through the straightforward path ({@link
 * Consolidation#readOne}, POI's user model) otherwise. The outcomes come back in the order the
 * files were found, whichever thread finished first, so a run is deterministic.
 *
 * <p>A file the fast path would reject is read again the straightforward way, so that the
 * messages HR sees for a bad file always come from one place.
 */
final class FastIntake {
  private FastIntake() {}

  static List<FileOutcome> read(List<FolderScanner.FoundFile> found, Configuration config, RunListener listener) {
    Map<String, Set<String>> wanted = ReaderColumns.managerWorkbook();
    int total = (int) found.stream().filter(f -> f.skipReason().isEmpty()).count();
    listener.reading(total);
    AtomicInteger done = new AtomicInteger();
    ThreadLocal<ManagerWorkbookReader> readers = ThreadLocal.withInitial(() -> new ManagerWorkbookReader(config));
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), total));
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, r -> {
          Thread t = new Thread(r, "kompetensgap-läsare");
          t.setDaemon(true);
          return t;
        });
    try {
      List<Future<FileOutcome>> futures = new ArrayList<>(found.size());
      for (FolderScanner.FoundFile f : found) {
        if (f.skipReason().isPresent()) {
          futures.add(null);
          continue;
        }
        futures.add(pool.submit(() -> {
          FileOutcome o = readOne(readers.get(), f, wanted);
          listener.read(done.incrementAndGet(), total);
          return o;
        }));
      }
      List<FileOutcome> outcomes = new ArrayList<>(found.size());
      for (int i = 0; i < found.size(); i++) {
        FolderScanner.FoundFile f = found.get(i);
        outcomes.add(futures.get(i) == null ? FileOutcome.skipped(f.name(), f.skipReason().get()) : join(futures.get(i)));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static FileOutcome join(Future<FileOutcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("avbruten", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  static FileOutcome readOne(ManagerWorkbookReader reader, FolderScanner.FoundFile f, Map<String, Set<String>> wanted) {
    String lower = f.name().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
      Optional<ZipPreflight.Checked> checked = preflight(f);
      if (checked.isPresent()) {
        try (StreamingWorkbookSource source = StreamingWorkbookSource.open(checked.get(), wanted)) {
          boolean consolidated = source.tableNames().stream().anyMatch(n -> n.equalsIgnoreCase(Contract.BASIS_TABLE));
          if (!consolidated) {
            FileOutcome fast = reader.read(f.name(), source);
            if (fast.fate() != FileFate.REJECTED) {
              return fast;
            }
          }
        } catch (StreamingWorkbookSource.NeedsUserModel e) {
          // a formula in an input cell, no table, or something unusual: POI reads it below
        } catch (RuntimeException e) {
          // whatever went wrong, the straightforward path gives the authoritative answer
        }
      }
    }
    return Consolidation.readOne(reader, f);
  }

  /**
   * The same pre-flight the POI path runs (issue 5), in the same pass that inflates the parts
   * for the streaming source: every part's CRC is checked, so a damaged part that still
   * inflates cannot give wrong numbers. A file that fails (or is no zip) is left to the POI
   * path, which rejects it with the pre-flight's message, so both paths explain a bad file in
   * the same words.
   */
  private static Optional<ZipPreflight.Checked> preflight(FolderScanner.FoundFile f) {
    try {
      return ZipPreflight.open(f.path().toFile());
    } catch (UnreadableFileException e) {
      return Optional.empty();
    }
  }
}
