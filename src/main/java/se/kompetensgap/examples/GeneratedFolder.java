package se.kompetensgap.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;

/**
 * A folder of {@code n} distinct, realistic filled workbooks for the benchmark (issue 6): the
 * 14 example units again and again, each copy a unit of its own (its own Avdelning and Enhet,
 * its head counts varied a little), written through the real template with every table
 * filled. Copies of the same unit would be resubmissions and skipped, which is not what a
 * city's 1,500 units look like. Deterministic.
 */
public final class GeneratedFolder {
  private GeneratedFolder() {}

  /** The i-th unit (0-based) of a generated folder. */
  public static UnitReport unit(int i) {
    List<UnitReport> base = ExampleFolder.reports();
    UnitReport b = base.get(i % base.size());
    int copy = i / base.size() + 1;
    String district = String.format("Distrikt %03d", copy);
    Random random = new Random(1000L + i);
    List<CategoryRow> rows = new ArrayList<>();
    for (CategoryRow r : b.rows()) {
      rows.add(new CategoryRow(r.category(), r.supply().plus(vary(random)), r.demand2().plus(vary(random)), r.demand5().plus(vary(random))));
    }
    UnitInfo info =
        new UnitInfo(b.info().year(), b.info().administration(), b.info().focusArea(),
            b.info().department() + " " + district, b.info().unit() + " " + copy, b.info().manager(),
            b.info().date(), b.info().mappingType());
    String file = district + "/" + b.source().replace(".xlsx", " " + copy + ".xlsx");
    return new UnitReport(file, info, rows, b.risks(), b.activities());
  }

  private static LevelCounts vary(Random random) {
    return LevelCounts.of(random.nextInt(3), random.nextInt(3), random.nextInt(3), random.nextInt(3));
  }

  /** Writes units 0..n-1 under {@code folder}, on all cores. */
  public static void write(Path folder, int n, Configuration config) throws IOException {
    Files.createDirectories(folder);
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        futures.add(pool.submit(() -> {
          UnitReport u = unit(k);
          ExampleFolder.writeWorkbook(folder.resolve(u.source()), config, u);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("avbruten", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
