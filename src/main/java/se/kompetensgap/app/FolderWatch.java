package se.kompetensgap.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * {@code bevaka}: watches HR's folder (sub-folders too) and consolidates it again once files
 * have stopped changing for a quiet period (issue 6). A run starts only when every workbook in
 * the folder has kept its size and time for a whole quiet period and every .xlsx opens as a
 * zip (a half-copied file has no central directory yet); a file that still does not open after
 * a further quiet period is consolidated anyway and rejected with its message, so one broken
 * file never stalls the rest. The output is replaced only when complete ({@code AtomicFile}),
 * so the previous one stays intact until then. Lock files and the output's own temporary files
 * never trigger a run.
 */
public final class FolderWatch {

  private final Consolidation.Request request;
  private final Duration quiet;
  private final Consumer<Consolidation.Result> onRun;
  private final Consumer<String> onProblem;
  private volatile boolean stopped;
  private volatile WatchService service;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  private final java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);

  public FolderWatch(
      Consolidation.Request request, Duration quiet, Consumer<Consolidation.Result> onRun, Consumer<String> onProblem) {
    this.request = request;
    this.quiet = quiet;
    this.onRun = onRun;
    this.onProblem = onProblem;
  }

  /** Consolidates once, then again after every burst of changes, until {@link #stop}. */
  public void run() throws IOException {
    try {
      watch();
    } finally {
      finished.countDown();
    }
  }

  private void watch() throws IOException {
    try (WatchService ws = FileSystems.getDefault().newWatchService()) {
      service = ws;
      registerAll(request.folder());
      consolidate();
      Map<Path, String> settled = null;
      Set<Path> unopenedOnce = new HashSet<>();
      long lastChange = -1;
      while (!stopped) {
        WatchKey key;
        try {
          key = ws.poll(Math.max(10, quiet.toMillis() / 4), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (ClosedWatchServiceException e) {
          return;
        }
        long now = System.nanoTime();
        if (key != null) {
          if (relevant(key)) {
            lastChange = now;
            settled = null;
          }
          if (!key.reset()) {
            keys.remove(key);
          }
          continue;
        }
        if (lastChange < 0 || now - lastChange < quiet.toNanos()) {
          continue;
        }
        // Quiet for a whole period: are the files settled as well?
        Map<Path, String> snapshot = snapshot();
        if (settled == null || !settled.equals(snapshot)) {
          settled = snapshot;
          lastChange = now; // look again after one more quiet period
          continue;
        }
        Set<Path> unopened = unopenable(snapshot.keySet());
        if (!unopened.isEmpty() && !unopenedOnce.containsAll(unopened)) {
          unopenedOnce.addAll(unopened);
          lastChange = now;
          continue;
        }
        unopenedOnce.clear();
        lastChange = -1;
        settled = null;
        consolidate();
      }
    } catch (ClosedWatchServiceException e) {
      // stopped
    }
  }

  /** Stops the watch; a consolidation under way finishes first (its output is atomic anyway). */
  public void stop() {
    stopped = true;
    WatchService ws = service;
    if (ws != null) {
      try {
        ws.close();
      } catch (IOException e) {
        // closing only ends the wait
      }
    }
  }

  /** For Ctrl-C: stops, and waits for a consolidation under way to finish writing. */
  public void stopAndWait(Duration atMost) {
    stop();
    try {
      finished.await(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void consolidate() {
    try {
      onRun.accept(Consolidation.run(request));
    } catch (IOException | RuntimeException e) {
      onProblem.accept("Sammanställningen kunde inte skrivas (" + e.getMessage() + "). Den förra utfilen finns kvar oförändrad; nästa ändring i mappen ger ett nytt försök.");
    }
  }

  private boolean relevant(WatchKey key) {
    Path dir = keys.get(key);
    boolean any = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        any = true;
        continue;
      }
      Path child = dir == null ? null : dir.resolve((Path) event.context());
      if (child == null) {
        continue;
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
        try {
          registerAll(child);
        } catch (IOException e) {
          onProblem.accept("Mappen " + child + " kan inte bevakas: " + e.getMessage());
        }
        any = true;
        continue;
      }
      any |= !ignored(child);
    }
    return any;
  }

  /** Lock files, hidden files, and the output and its temporary files do not count as changes. */
  boolean ignored(Path p) {
    String name = p.getFileName().toString();
    Path out = request.output().toAbsolutePath().normalize();
    if (p.toAbsolutePath().normalize().equals(out)) {
      return true;
    }
    return name.startsWith("~$") || name.startsWith(".~lock.") || name.startsWith(".");
  }

  private Map<Path, String> snapshot() throws IOException {
    Map<Path, String> files = new HashMap<>();
    try (Stream<Path> walk = Files.walk(request.folder())) {
      for (Path p : walk.filter(Files::isRegularFile).filter(p -> !ignored(p)).toList()) {
        try {
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
          files.put(p, a.size() + "@" + a.lastModifiedTime().toMillis());
        } catch (IOException e) {
          files.put(p, "?"); // vanished or locked right now: counts as a change next time
        }
      }
    }
    return files;
  }

  private static Set<Path> unopenable(Set<Path> files) {
    Set<Path> bad = new HashSet<>();
    for (Path p : files) {
      String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
      if (n.endsWith(".xlsx") || n.endsWith(".xlsm")) {
        try (ZipFile z = new ZipFile(p.toFile())) {
          // opens: the central directory, written last, is there
        } catch (IOException e) {
          bad.add(p);
        }
      }
    }
    return bad;
  }

  private void registerAll(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        keys.put(key, dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
