package se.kompetensgap.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The Open XML SDK's validator (the one Excel's "repair" prompt is closest to), run on files our
 * code wrote. It comes from the npm package {@code @ooxml-tools/validate}, which bundles the SDK
 * compiled to WebAssembly and runs offline in node; {@code scripts/test.sh} installs it with
 * {@code npm ci} in {@code scripts/ooxml/} (pinned in its package-lock.json). Without node or
 * that folder the calling test is skipped with a message, as the LibreOffice tests are.
 *
 * <p>Starting the validator's .NET runtime takes seconds, so {@link #validate(List)} checks many
 * files in one call.
 */
public final class OoxmlValidator {
  private OoxmlValidator() {}

  static final Duration TIMEOUT = Duration.ofSeconds(300);

  /** One validation error: the validator's id, the part and XPath it points at, its text. */
  public record Error(String id, String part, String xpath, String description) {
    @Override
    public String toString() {
      return id + " " + part + " " + xpath + ": " + description;
    }
  }

  /** scripts/ooxml/ with the validator installed, if it is. */
  public static Optional<Path> installation() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path folder = dir.resolve("scripts/ooxml");
      if (Files.isRegularFile(folder.resolve("package.json"))) {
        boolean installed = Files.isDirectory(folder.resolve("node_modules/@ooxml-tools/validate"));
        return installed && node().isPresent() ? Optional.of(folder) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Skips the calling test (with why) when the validator is not installed. */
  public static Path require() {
    Optional<Path> folder = installation();
    Assumptions.assumeTrue(folder.isPresent(),
        "Open XML-validatorn saknas (node och scripts/ooxml/node_modules; scripts/test.sh kör npm ci): valideringen hoppas över");
    return folder.orElseThrow();
  }

  /** The errors of one file; empty when it is valid. Skips the test without the validator. */
  public static List<Error> validate(Path file) throws IOException, InterruptedException {
    return validate(List.of(file)).get(file);
  }

  /** The errors of each file, in the order given, in one run of the validator. */
  public static Map<Path, List<Error>> validate(List<Path> files) throws IOException, InterruptedException {
    Path folder = require();
    List<String> command = new ArrayList<>(List.of(node().orElseThrow(), folder.resolve("validate-many.mjs").toString()));
    for (Path f : files) {
      command.add(f.toAbsolutePath().toString());
    }
    Path output = Files.createTempFile("ooxml-validate", ".tsv");
    try {
      Process p = new ProcessBuilder(command)
          .directory(folder.toFile())
          .redirectErrorStream(false)
          .redirectOutput(output.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("the Open XML validator did not finish within " + TIMEOUT);
      }
      List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IOException("the Open XML validator exited with " + p.exitValue() + ": " + lines);
      }
      return parse(lines, files);
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static Map<Path, List<Error>> parse(List<String> lines, List<Path> files) throws IOException {
    Map<String, Path> byName = new LinkedHashMap<>();
    for (Path f : files) {
      byName.put(f.toAbsolutePath().toString(), f);
    }
    Map<Path, List<Error>> result = new LinkedHashMap<>();
    List<Error> current = null;
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f[0].equals("file") && f.length == 3) {
        current = new ArrayList<>();
        result.put(byName.get(f[1]), current);
      } else if (f[0].equals("error") && f.length == 5 && current != null) {
        current.add(new Error(f[1], f[2], f[3], f[4]));
      } else if (!line.isBlank()) {
        throw new IOException("unexpected line from the Open XML validator: " + line);
      }
    }
    if (!result.keySet().containsAll(files)) {
      throw new IOException("the Open XML validator did not report on every file: " + result.keySet());
    }
    return result;
  }

  private static Optional<String> node() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "node");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate.toString());
      }
    }
    return Optional.empty();
  }
}
