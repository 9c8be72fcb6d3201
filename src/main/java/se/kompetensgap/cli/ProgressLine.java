package se.kompetensgap.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import se.kompetensgap.app.RunListener;

/**
 * The one updating line a long run shows on a terminal: files read of total, rate and time
 * left, redrawn at most a few times a second on stderr. Silent when stderr is not a terminal
 * (a log, a pipe, a service) or with -q. With {@code -Dkompetensgap.benchmark=true} it also
 * prints each phase's time and the peak heap, for the benchmark to parse.
 */
final class ProgressLine implements RunListener {

  /** System property that makes a run print its phase times and peak heap. */
  static final String BENCHMARK_PROPERTY = "kompetensgap.benchmark";

  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream err;
  private final boolean show;
  private final boolean benchmark = Boolean.getBoolean(BENCHMARK_PROPERTY);
  private final Map<Phase, Long> phases = new EnumMap<>(Phase.class);
  private long start;
  private long lastDraw;
  private boolean drawn;

  ProgressLine(PrintStream err, boolean show) {
    this.err = err;
    this.show = show;
  }

  /** A terminal is attached and the user did not ask for quiet. */
  static ProgressLine forConsole(PrintStream err, boolean quiet) {
    return new ProgressLine(err, !quiet && System.console() != null);
  }

  @Override
  public synchronized void reading(int total) {
    start = System.nanoTime();
  }

  @Override
  public synchronized void read(int done, int total) {
    if (!show) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    err.print("\r" + line(done, total, (now - start) / 1e9) + "\u001b[K");
    err.flush();
    drawn = true;
  }

  /** "Läser 1 200 av 1 500 arbetsböcker · 310 filer/s · cirka 1 s kvar" */
  static String line(int done, int total, double seconds) {
    double rate = seconds > 0 ? done / seconds : 0;
    String s = String.format(Locale.ROOT, "Läser %d av %d arbetsböcker", done, total);
    if (rate > 0) {
      s += String.format(Locale.ROOT, " · %.0f filer/s", rate);
      if (done < total) {
        s += " · cirka " + Math.max(1, Math.round((total - done) / rate)) + " s kvar";
      }
    }
    return s;
  }

  @Override
  public synchronized void phaseEnded(Phase phase, long nanos) {
    phases.put(phase, nanos);
    if (phase == Phase.READ && drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }

  /** After the run: the benchmark's figures, if asked for. */
  void finish() {
    if (!benchmark) {
      return;
    }
    for (Map.Entry<Phase, Long> e : phases.entrySet()) {
      err.println("benchmark fas " + e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue() / 1_000_000 + " ms");
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    err.println("benchmark heap " + peak / (1024 * 1024) + " MB");
  }
}
