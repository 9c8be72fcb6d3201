package se.kompetensgap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.GeneratedFolder;

/**
 * The benchmark of issue 6. For each size N it generates N distinct filled workbooks through
 * the real template (once: cached under {@code target/benchmark/N}, generation time reported
 * apart), then, each in a fresh JVM so that start-up counts, runs the floor (bare unzip + SAX
 * parse of the same files) and {@code konsolidera} end to end, and prints wall time, files per
 * second, peak heap, time per phase and output size beside the floor.
 *
 * <pre>java -cp target/kompetensgap.jar se.kompetensgap.bench.Benchmark [--xmx 512m] [--upprepa 3] 150 1500</pre>
 */
public final class Benchmark {
  private Benchmark() {}

  private static final Pattern PHASE = Pattern.compile("benchmark fas (\\w+) (\\d+) ms");
  private static final Pattern HEAP = Pattern.compile("benchmark heap (\\d+) MB");

  public static void main(String[] args) throws Exception {
    String xmx = null;
    int repeat = 3;
    Path root = Path.of("target", "benchmark");
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--xmx" -> xmx = args[++i];
        case "--mapp" -> root = Path.of(args[++i]);
        case "--upprepa" -> repeat = Integer.parseInt(args[++i]);
        default -> sizes.add(Integer.parseInt(args[i].replace("_", "").replace(",", "")));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(150, 1500);
    }
    System.out.printf(Locale.ROOT, "Maskin: %d kärnor, %s, Java %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"));
    System.out.println("| arbetsböcker | golv | konsolidera | × golvet | filer/s | hitta | läsa | analysera | skriva | topp-heap | utfil | -Xmx |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (int n : sizes) {
      System.out.println(row(n, root, xmx, n > 1500 ? 1 : repeat));
    }
  }

  /**
   * One row of the table. Each command runs {@code repeat} times and the median counts. The
   * tool runs as {@code bin/kompetensgap} runs it (the JVM settings of {@code bin/jvm.options}
   * and the class-data archive that {@code mvn package} writes); the floor runs both with the
   * JVM's defaults and with those settings, and the faster of the two is the floor.
   */
  static String row(int n, Path root, String xmx, int repeat) throws Exception {
    Path folder = root.resolve(Integer.toString(n));
    Path done = root.resolve(n + ".klar");
    if (!Files.exists(done)) {
      deleteRecursively(folder);
      long g = System.nanoTime();
      GeneratedFolder.write(folder, n, ConfigurationParser.defaults());
      Files.writeString(done, "genererad på " + (System.nanoTime() - g) / 1_000_000 + " ms\n");
      System.err.printf(Locale.ROOT, "(%d arbetsböcker genererade på %.1f s, räknas inte)%n", n, (System.nanoTime() - g) / 1e9);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    List<String> heap = xmx == null ? List.of() : List.of("-Xmx" + xmx);

    List<String> launcher = launcherOptions(Path.of(jar));

    List<String> floorCmd = new ArrayList<>(List.of(java));
    floorCmd.addAll(heap);
    floorCmd.addAll(List.of("-cp", jar, Floor.class.getName(), folder.toString()));
    List<String> tunedFloorCmd = new ArrayList<>(floorCmd);
    tunedFloorCmd.addAll(1, launcher);
    Run plainFloor = median(floorCmd, repeat);
    Run tunedFloor = median(tunedFloorCmd, repeat);
    Run floor = plainFloor.nanos <= tunedFloor.nanos ? plainFloor : tunedFloor;

    Path out = root.resolve("konsoliderad-" + n + ".xlsx");
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(launcher);
    cmd.addAll(heap);
    cmd.addAll(List.of("-jar", jar, "konsolidera", folder.toString(), "-o", out.toString(), "-q"));
    // Timed exactly as a user runs it; the phases and the peak heap come from one more run
    // that measures them (its JMX look at the heap costs start-up time of its own).
    Run run = median(cmd, repeat);
    List<String> measuring = new ArrayList<>(cmd);
    measuring.add(measuring.indexOf("-jar"), "-Dkompetensgap.benchmark=true");
    Run measured = run.exit == 0 ? run(measuring) : run;
    if (run.exit != 0) {
      throw new IllegalStateException("konsolidera gav slutkod " + run.exit + ":\n" + run.stderr + run.stdout);
    }
    Map<String, Long> phases = new LinkedHashMap<>();
    Matcher m = PHASE.matcher(measured.stderr);
    while (m.find()) {
      phases.put(m.group(1), Long.parseLong(m.group(2)));
    }
    Matcher h = HEAP.matcher(measured.stderr);
    String peak = h.find() ? h.group(1) + " MB" : "?";
    double seconds = run.nanos / 1e9;
    return String.format(Locale.ROOT, "| %,d | %.2f s | %.2f s | %.1f× | %.0f | %s | %s | %s | %s | %s | %.2f MB | %s |",
        n, floor.nanos / 1e9, seconds, (double) run.nanos / floor.nanos, n / seconds,
        ms(phases.get("find")), ms(phases.get("read")), ms(phases.get("analyse")), ms(phases.get("write")),
        peak, Files.size(out) / (1024.0 * 1024.0), xmx == null ? "standard" : xmx);
  }

  private static String ms(Long v) {
    return v == null ? "?" : String.format(Locale.ROOT, "%.2f s", v / 1000.0);
  }

  record Run(long nanos, int exit, String stdout, String stderr) {}

  /** The run with the median wall time of {@code repeat}; the first failing run, if any. */
  static Run median(List<String> cmd, int repeat) throws IOException, InterruptedException {
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < Math.max(1, repeat); i++) {
      Run r = run(cmd);
      if (r.exit != 0) {
        return r;
      }
      runs.add(r);
    }
    runs.sort(java.util.Comparator.comparingLong(Run::nanos));
    return runs.get(runs.size() / 2);
  }

  /**
   * The JVM settings bin/kompetensgap starts the tool with: {@code bin/jvm.options} (from the
   * project folder the benchmark runs in) and the class-data archive beside the jar, if built.
   */
  static List<String> launcherOptions(Path jar) {
    List<String> options = new ArrayList<>();
    Path file = Path.of("bin", "jvm.options");
    if (Files.exists(file)) {
      options.add("@" + file.toAbsolutePath());
    } else {
      System.err.println("(bin/jvm.options saknas: mäter med JVM:ens standardinställningar)");
    }
    Path archive = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".jsa"));
    if (Files.exists(archive)) {
      options.add("-XX:SharedArchiveFile=" + archive);
    } else {
      System.err.println("(" + archive + " saknas: mäter utan klassarkiv; bygg med mvn package)");
    }
    return options;
  }

  static Run run(List<String> cmd) throws IOException, InterruptedException {
    Path o = Files.createTempFile("bench", ".out");
    Path e = Files.createTempFile("bench", ".err");
    try {
      long t = System.nanoTime();
      Process p = new ProcessBuilder(cmd).redirectOutput(o.toFile()).redirectError(e.toFile()).start();
      int exit = p.waitFor();
      long nanos = System.nanoTime() - t;
      return new Run(nanos, exit, Files.readString(o, StandardCharsets.UTF_8), Files.readString(e, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(o);
      Files.deleteIfExists(e);
    }
  }

  static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (var walk = Files.walk(p)) {
      for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
