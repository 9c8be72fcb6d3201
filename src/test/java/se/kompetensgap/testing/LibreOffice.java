package se.kompetensgap.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test utility that lets LibreOffice (headless) recompute a workbook written by our code, so that
 * the numbers in it are checked by a spreadsheet engine that is not ours and not POI's.
 *
 * <h2>How recalculation is forced</h2>
 *
 * <p>LibreOffice does <em>not</em> recalculate an OOXML file on load by default: the setting {@code
 * /org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode} ships as {@code 1} ("never
 * recalculate"), so a plain {@code --convert-to xlsx} re-saves the cached values we wrote, wrong or
 * not. Every call here therefore starts soffice with its own throw-away user profile ({@code
 * -env:UserInstallation=file:///...}) whose {@code user/registrymodifications.xcu} sets that
 * setting (and its ODF twin) to {@code 0} ("always recalculate"), which makes the import do a hard
 * recalculation of every formula. Verified with LibreOffice 7.4: a cell {@code =A1+A2} with A1=1,
 * A2=2 and a cached value of 999 comes back as 999 with a fresh default profile and as 3 with this
 * profile (see {@code LibreOfficeTest}).
 *
 * <p>A private profile per call also matters for another reason: two soffice processes sharing one
 * profile either hand the job to the already running instance or fail on the profile lock, which
 * breaks parallel test runs and developers who have LibreOffice open.
 *
 * <p>Workbooks are only ever read through a read-only {@link OPCPackage}: {@code new
 * XSSFWorkbook(File)} opens the package read-write and may write it back on close, which would
 * change the very file under test.
 */
public final class LibreOffice {

  /** Generous: a cold start with a fresh profile takes a few seconds; a hang must not block CI. */
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  /**
   * A formula whose cached result is an error, e.g. {@code #DIV/0!}. Kept apart from {@link String}
   * so that a formula returning the text "#DIV/0!" is not confused with a real error.
   */
  public record CellError(String code) {
    @Override
    public String toString() {
      return code;
    }
  }

  /** 0 = always recalculate, 1 = never (the shipped default), 2 = ask (which headless cannot). */
  private static final String RECALC_ALWAYS_PROFILE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <oor:items xmlns:oor="http://openoffice.org/2001/registry"
          xmlns:xs="http://www.w3.org/2001/XMLSchema"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
      <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
      <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
      </oor:items>
      """;

  private LibreOffice() {}

  /** The soffice launcher, if LibreOffice is installed; tests skip when this is empty. */
  public static Optional<Path> soffice() {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir, "soffice"));
        }
      }
    }
    candidates.add(Path.of("/usr/bin/soffice"));
    candidates.add(Path.of("/usr/lib/libreoffice/program/soffice"));
    // The tarball installs from libreoffice.org land in versioned directories.
    try (Stream<Path> opt = Files.list(Path.of("/opt"))) {
      opt.filter(p -> p.getFileName().toString().startsWith("libreoffice"))
          .sorted(Comparator.reverseOrder()) // newest version first
          .forEach(p -> candidates.add(p.resolve("program/soffice")));
    } catch (IOException | RuntimeException e) {
      // No /opt or not listable: simply not a candidate.
    }
    return candidates.stream()
        .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
        .findFirst();
  }

  /**
   * Opens {@code xlsx} in LibreOffice with every formula recalculated and saves it as a new xlsx.
   *
   * @param outDir must not be the directory of {@code xlsx}: LibreOffice names the output after the
   *     input and would overwrite it
   * @return the recalculated copy, {@code outDir/<same file name>}
   */
  public static Path recalculate(Path xlsx, Path outDir) throws IOException, InterruptedException {
    Path in = xlsx.toAbsolutePath().normalize();
    Path out = outDir.toAbsolutePath().normalize();
    if (out.equals(in.getParent())) {
      throw new IllegalArgumentException(
          "outDir must differ from the input's directory, or LibreOffice overwrites " + in);
    }
    return convert(in, out, "xlsx:Calc MS Excel 2007 XML", "xlsx");
  }

  /**
   * Recalculates {@code xlsx} like {@link #recalculate} and prints it to a PDF in {@code outDir}.
   */
  public static Path toPdf(Path xlsx, Path outDir) throws IOException, InterruptedException {
    return convert(xlsx.toAbsolutePath().normalize(), outDir, "pdf:calc_pdf_Export", "pdf");
  }

  /**
   * Whether LibreOffice can open Word documents: Writer is a separate package on Debian
   * (libreoffice-writer-nogui), and without it soffice only says "source file could not be loaded".
   */
  public static boolean hasWriter() {
    Optional<Path> soffice = soffice();
    if (soffice.isEmpty()) {
      return false;
    }
    try {
      Path program = soffice.get().toRealPath().getParent();
      try (Stream<Path> files = Files.list(program)) {
        return files.map(f -> f.getFileName().toString()).anyMatch(n -> n.startsWith("libswlo") || n.startsWith("swlo"));
      }
    } catch (IOException e) {
      return false;
    }
  }

  /** Prints a Word document to a PDF in {@code outDir} (needs {@link #hasWriter}). */
  public static Path docxToPdf(Path docx, Path outDir) throws IOException, InterruptedException {
    return convert(docx.toAbsolutePath().normalize(), outDir, "pdf:writer_pdf_Export", "pdf");
  }

  private static Path convert(Path in, Path outDir, String target, String extension)
      throws IOException, InterruptedException {
    Path soffice =
        soffice().orElseThrow(() -> new IllegalStateException("LibreOffice (soffice) not found"));
    if (!Files.isRegularFile(in)) {
      // soffice would only say "source file could not be loaded", after a 4 s start.
      throw new NoSuchFileException(in.toString());
    }
    Files.createDirectories(outDir);
    String name = in.getFileName().toString();
    int dot = name.lastIndexOf('.');
    Path result = outDir.resolve((dot < 0 ? name : name.substring(0, dot)) + "." + extension);
    // A stale result from an earlier run would make a failed conversion look successful.
    Files.deleteIfExists(result);

    Path profile = Files.createTempDirectory("kompetensgap-lo-profile-");
    try {
      Files.createDirectories(profile.resolve("user"));
      Files.writeString(
          profile.resolve("user/registrymodifications.xcu"),
          RECALC_ALWAYS_PROFILE,
          StandardCharsets.UTF_8);
      // Output goes to a file, not a pipe: a full pipe buffer would stall soffice until timeout.
      Path log = profile.resolve("soffice.log");
      List<String> command =
          List.of(
              soffice.toString(),
              "-env:UserInstallation=" + profile.toUri(),
              "--headless",
              "--invisible",
              "--nologo",
              "--nodefault",
              "--norestore",
              "--nolockcheck",
              "--convert-to",
              target,
              "--outdir",
              outDir.toAbsolutePath().toString(),
              in.toString());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .start();
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        // soffice is a shell script around soffice.bin: kill the children too, or they linger.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        throw new IOException(
            "LibreOffice timed out after " + TIMEOUT.toSeconds() + " s: " + describe(command, log));
      }
      int exit = process.exitValue();
      // soffice exits 0 even when it could not load the input, so also check the file exists.
      if (exit != 0 || !Files.isRegularFile(result) || Files.size(result) == 0) {
        throw new IOException(
            "LibreOffice conversion to "
                + result
                + " failed (exit "
                + exit
                + "): "
                + describe(command, log));
      }
      return result;
    } finally {
      deleteRecursively(profile);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").toLowerCase().startsWith("windows") ? "NUL" : "/dev/null");
  }

  private static String describe(List<String> command, Path log) {
    String output;
    try {
      output = Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      output = "(no output: " + e + ")";
    }
    return String.join(" ", command) + "\n--- soffice output ---\n" + output;
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort: a leftover profile in the temp directory harms nothing.
    }
  }

  /**
   * The cached value of every formula cell, keyed {@code "Sheet!A1"} (sheet name unquoted), in
   * sheet and row order. Values are {@link Double}, {@link String}, {@link Boolean} or {@link
   * CellError}. A formula cell without any cached value is reported as {@code ""}, the same as one
   * whose result is the empty string: both show as an empty cell in Excel and in a mail preview, so
   * for comparison they are the same thing (see {@link #compare}).
   */
  public static Map<String, Object> formulaValues(Path xlsx) throws IOException {
    Map<String, Object> values = new LinkedHashMap<>();
    try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
        XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              values.put(
                  sheet.getSheetName() + "!" + cell.getAddress().formatAsString(),
                  cachedValue((XSSFCell) cell));
            }
          }
        }
      }
    } catch (InvalidFormatException e) {
      throw new IOException("Not an xlsx workbook: " + xlsx, e);
    }
    return values;
  }

  private static Object cachedValue(XSSFCell cell) {
    // POI reports 0.0 for a numeric formula without <v>; look at the XML to tell "nothing cached".
    if (!cell.getCTCell().isSetV()) {
      return "";
    }
    return switch (cell.getCachedFormulaResultType()) {
      case NUMERIC -> cell.getNumericCellValue();
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> cell.getBooleanCellValue();
      case ERROR -> new CellError(errorCode(cell));
      default -> "";
    };
  }

  private static String errorCode(XSSFCell cell) {
    // The raw text survives even if POI does not know the code (e.g. #SPILL! from newer Excel).
    String raw = cell.getCTCell().getV();
    try {
      return FormulaError.forInt(cell.getErrorCellValue()).getString();
    } catch (RuntimeException e) {
      return raw;
    }
  }

  /**
   * Compares the cached formula results of two workbooks, typically ours and LibreOffice's
   * recalculation of it, and describes every difference in one line, e.g. {@code "Kompetensgap!D7:
   * vår 12.0, LibreOffice 13.0"}. An empty list means the two agree.
   *
   * <p>Numbers agree when {@code |a - b| <= tolerance * max(1, |a|, |b|)}: absolute near zero,
   * relative for large sums, so one tolerance (e.g. 1e-9) suits head counts and percentages alike.
   * An empty-string result and a blank (no cached value) are both read as {@code ""} by {@link
   * #formulaValues} and therefore agree with each other, whichever of the two a program writes for
   * {@code =IF(x=0;"";...)}; neither agrees with 0, because Excel shows 0 and "" differently.
   * Values of different types never agree (the number 3 differs from the text "3").
   */
  public static List<String> compare(Path ours, Path recalculated, double tolerance)
      throws IOException {
    Map<String, Object> mine = formulaValues(ours);
    Map<String, Object> theirs = formulaValues(recalculated);
    Set<String> cells = new LinkedHashSet<>(mine.keySet());
    cells.addAll(theirs.keySet());
    List<String> mismatches = new ArrayList<>();
    for (String cell : cells) {
      if (!mine.containsKey(cell)) {
        mismatches.add(cell + ": ingen formel hos oss, LibreOffice " + show(theirs.get(cell)));
      } else if (!theirs.containsKey(cell)) {
        mismatches.add(cell + ": vår " + show(mine.get(cell)) + ", ingen formel hos LibreOffice");
      } else if (!agree(mine.get(cell), theirs.get(cell), tolerance)) {
        mismatches.add(
            cell + ": vår " + show(mine.get(cell)) + ", LibreOffice " + show(theirs.get(cell)));
      }
    }
    return mismatches;
  }

  private static boolean agree(Object a, Object b, double tolerance) {
    if (a instanceof Double x && b instanceof Double y) {
      return Math.abs(x - y) <= tolerance * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)));
    }
    return a.equals(b);
  }

  private static String show(Object value) {
    if (value instanceof String s) {
      return s.isEmpty() ? "(tom)" : "\"" + s + "\"";
    }
    return String.valueOf(value);
  }
}
