package se.kompetensgap.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.AtomicFile;
import se.kompetensgap.output.StyleSheetSchema;
import se.kompetensgap.output.template.TemplateWriter;
import se.kompetensgap.output.template.TemplateFiller;

/**
 * A realistic folder of filled manager workbooks, made through the real template. The units are
 * invented; their totals per category are those of seed 002 (2019, "Kompetensgap"), so the
 * consolidated workbook of the examples shows the report's numbers. Deterministic: the same
 * seed gives the same numbers.
 */
public final class ExampleFolder {
  private ExampleFolder() {}

  public static final int YEAR = 2026;
  /** Marked as made up (issue 10 §3): a real folder refuses to count these workbooks. */
  public static final String ADMINISTRATION = "Arbetsmarknads- och socialförvaltningen " + se.kompetensgap.text.Contract.EXAMPLE_MARK;
  static final long SEED = 2019;

  /** Totals per category: supply, demand 2 år, demand 5 år (Viss, God, Hög, Mycket hög). */
  public static final Map<String, int[][]> TOTALS = totals();

  private static Map<String, int[][]> totals() {
    Map<String, int[][]> t = new LinkedHashMap<>();
    // Seed 002: derived from its gaps and "Bedömt behov av fördelning" per category.
    t.put("Socialsekreterare ekonomiskt bistånd", new int[][] {{53, 14, 49, 17}, {21, 70, 28, 21}, {28, 75, 31, 23}});
    t.put("Socialsekreterare myndighet vuxna", new int[][] {{8, 52, 6, 11}, {8, 24, 40, 8}, {9, 26, 42, 9}});
    t.put("Socialsekreterare stöd och råd vuxna", new int[][] {{1, 7, 1, 0}, {1, 4, 4, 1}, {1, 5, 4, 1}});
    t.put("Socialsekreterare myndighet barn och unga", new int[][] {{82, 62, 22, 26}, {20, 60, 80, 40}, {21, 64, 85, 42}});
    t.put("Socialsekreterare samtal och behandling", new int[][] {{6, 8, 12, 12}, {3, 11, 19, 8}, {4, 12, 21, 9}});
    t.put("Socialsekreterare familjehem", new int[][] {{1, 16, 8, 3}, {2, 7, 12, 8}, {2, 8, 13, 8}});
    t.put("Socialsekreterare stöd och råd barn och unga", new int[][] {{8, 14, 11, 6}, {3, 13, 16, 9}, {3, 13, 17, 10}});
    t.put("Sektionschef", new int[][] {{13, 20, 13, 4}, {4, 15, 27, 8}, {5, 16, 29, 9}});
    // Not in seed 002 (it left them out); invented in proportion.
    t.put("Socialpedagog vuxna", new int[][] {{3, 6, 3, 0}, {1, 5, 5, 1}, {1, 5, 5, 2}});
    t.put("Socialpedagog barn och unga", new int[][] {{6, 10, 5, 1}, {3, 9, 8, 2}, {2, 10, 9, 3}});
    t.put("Förste socialsekreterare", new int[][] {{0, 2, 8, 6}, {0, 0, 8, 8}, {0, 0, 7, 10}});
    return t;
  }

  record UnitSpec(String area, String department, String unit, String manager, String folder, List<String> categories) {}

  static final String SC = "Sektionschef";
  static final String FS = "Förste socialsekreterare";

  static final List<UnitSpec> UNITS =
      List.of(
          new UnitSpec("Ekonomiskt bistånd", "Ekonomiskt bistånd", "Ekonomiskt bistånd Norr", "Anna Lindqvist", "Ekonomiskt bistånd", List.of("Socialsekreterare ekonomiskt bistånd", SC, FS)),
          new UnitSpec("Ekonomiskt bistånd", "Ekonomiskt bistånd", "Ekonomiskt bistånd Söder", "Mikael Berg", "Ekonomiskt bistånd", List.of("Socialsekreterare ekonomiskt bistånd", SC, FS)),
          new UnitSpec("Ekonomiskt bistånd", "Ekonomiskt bistånd", "Ekonomiskt bistånd Öster", "Sara Nilsson", "Ekonomiskt bistånd", List.of("Socialsekreterare ekonomiskt bistånd", SC)),
          new UnitSpec("Ekonomiskt bistånd", "Ekonomiskt bistånd", "Ekonomiskt bistånd Väster", "Johan Ek", "Ekonomiskt bistånd", List.of("Socialsekreterare ekonomiskt bistånd", SC)),
          new UnitSpec("Vuxna", "Myndighet vuxna", "Vuxenenheten Centrum", "Karin Holm", "Vuxna", List.of("Socialsekreterare myndighet vuxna", SC, FS)),
          new UnitSpec("Vuxna", "Myndighet vuxna", "Vuxenenheten Syd", "Peter Sandberg", "Vuxna", List.of("Socialsekreterare myndighet vuxna", SC, FS)),
          new UnitSpec("Vuxna", "Stöd och behandling vuxna", "Stöd och råd vuxna", "Lena Ström", "Vuxna", List.of("Socialsekreterare stöd och råd vuxna", "Socialpedagog vuxna", SC)),
          new UnitSpec("Vuxna", "Stöd och behandling vuxna", "Boendeenheten", "Ahmed Hassan", "Vuxna", List.of("Socialpedagog vuxna", SC)),
          new UnitSpec("Barn och unga", "Myndighet barn och unga", "Barn och unga Norr", "Maria Johansson", "Barn och unga", List.of("Socialsekreterare myndighet barn och unga", SC, FS)),
          new UnitSpec("Barn och unga", "Myndighet barn och unga", "Barn och unga Söder", "Erik Lund", "Barn och unga", List.of("Socialsekreterare myndighet barn och unga", SC, FS)),
          new UnitSpec("Barn och unga", "Myndighet barn och unga", "Barn och unga Öster", "Fatima Ali", "Barn och unga", List.of("Socialsekreterare myndighet barn och unga", SC, FS)),
          new UnitSpec("Barn och unga", "Familjehem och stöd", "Familjehemsenheten", "Helena Dahl", "Barn och unga", List.of("Socialsekreterare familjehem", SC)),
          new UnitSpec("Barn och unga", "Familjehem och stöd", "Stöd och råd barn och unga", "Oskar Wikström", "Barn och unga", List.of("Socialsekreterare stöd och råd barn och unga", "Socialpedagog barn och unga", SC)),
          new UnitSpec("Barn och unga", "Behandling barn och unga", "Samtal och behandling", "Eva Larsson", "Barn och unga", List.of("Socialsekreterare samtal och behandling", "Socialpedagog barn och unga", SC)));

  /**
   * The Kommentar (why the need changes) of the first unit of some categories, in the words of seed
   * 002's report.
   */
  static final Map<String, String> COMMENTS = Map.of(
      "Socialsekreterare ekonomiskt bistånd",
      "Det kvantitativa behovet är svårt att bedöma och olika samhällsfaktorer, så som eventuell lågkonjunktur, "
          + "förändringar inom arbetsförmedlingen, digitalisering osv, kan komma att påverka behovet av personal. "
          + "I dagsläget bedöms behovet vara att bibehålla bemanningen, dock uppräknat utifrån befolkningsprognos "
          + "(kort sikt: 2,6% och lång sikt: 6,7%).",
      "Socialsekreterare myndighet barn och unga",
      "Fokus på det förebyggande arbetet med tidigare insatser kan påverka det kvantitativa behovet av personal. "
          + "I dagsläget bedöms behovet vara att behålla bemanningen, uppräknat utifrån befolkningsprognos.",
      "Socialpedagog vuxna",
      "Att gå från externa till interna boendelösningar kan komma att påverka behovet av personal.");

  /** The examples' unit reports, with their file names relative to the folder. */
  public static List<UnitReport> reports() {
    Random random = new Random(SEED);
    Map<String, List<int[][]>> split = new LinkedHashMap<>();
    for (Map.Entry<String, int[][]> e : TOTALS.entrySet()) {
      long k = UNITS.stream().filter(u -> u.categories().contains(e.getKey())).count();
      split.put(e.getKey(), Splitter.split(e.getValue(), (int) k, random));
    }
    Map<String, Integer> used = new LinkedHashMap<>();
    List<UnitReport> reports = new ArrayList<>();
    for (int i = 0; i < UNITS.size(); i++) {
      UnitSpec u = UNITS.get(i);
      List<CategoryRow> rows = new ArrayList<>();
      List<RiskAssessment> risks = new ArrayList<>();
      for (String c : u.categories()) {
        int idx = used.merge(c, 1, Integer::sum) - 1;
        int[][] n = split.get(c).get(idx);
        rows.add(new CategoryRow(new Category(c), LevelCounts.of(n[0]), LevelCounts.of(n[1]), LevelCounts.of(n[2]),
            idx == 0 ? COMMENTS.getOrDefault(c, "") : ""));
        risks.add(Risks.assessment(new Category(c), i));
      }
      UnitInfo info =
          new UnitInfo(YEAR, ADMINISTRATION, new FocusArea(u.area()), u.department(), u.unit(), u.manager(),
              LocalDate.of(YEAR, 10, 1 + i), MappingType.FULL);
      reports.add(new UnitReport(u.folder() + "/" + u.unit() + ".xlsx", info, rows, risks, Activities.forUnit(i, u.area())));
    }
    return reports;
  }

  /** Writes the folder: the units' workbooks in one sub-folder per area, plus everyday noise. */
  public static int write(Path folder, Configuration config) throws IOException {
    Files.createDirectories(folder);
    int n = 0;
    List<UnitReport> reports = reports();
    for (UnitReport r : reports) {
      writeWorkbook(folder.resolve(r.source()), config, r);
      n++;
    }
    // A resubmission: an earlier version of one unit's workbook, superseded by the later Datum.
    UnitReport later = reports.get(5);
    UnitReport earlier =
        new UnitReport(
            later.source(),
            new UnitInfo(YEAR, ADMINISTRATION, later.info().focusArea(), later.info().department(), later.info().unit(),
                later.info().manager(), LocalDate.of(YEAR, 9, 20), MappingType.FULL),
            later.rows().stream().map(row -> new CategoryRow(row.category(), row.supply(), row.demand2().plus(LevelCounts.of(1, 1, 1, 1)), row.demand5())).toList(),
            later.risks(),
            later.activities());
    writeWorkbook(folder.resolve("Vuxna/Vuxenenheten Syd (första versionen).xlsx"), config, earlier);
    n++;
    // What else lands in HR's folder: an Excel lock file and a covering letter.
    Path lock = folder.resolve("Barn och unga/~$Barn och unga Norr.xlsx");
    Files.write(lock, "Maria Johansson".getBytes(StandardCharsets.UTF_16LE));
    Path pdf = folder.resolve("Följebrev kompetenskartläggning " + YEAR + ".pdf");
    Files.write(pdf, minimalPdf());
    return n + 2;
  }

  static void writeWorkbook(Path file, Configuration config, UnitReport report) throws IOException {
    Files.createDirectories(file.getParent());
    AtomicFile.write(file, (OutputStream out) -> {
      try (XSSFWorkbook wb = TemplateWriter.build(config, Optional.of(report.info().focusArea()))) {
        TemplateFiller.fill(wb, report);
        wb.getProperties().getCoreProperties().setCategory("Exempel – påhittade uppgifter, skrivna av kompetensgap exempel");
        StyleSheetSchema.apply(wb);
        wb.write(out);
      }
    });
  }

  private static byte[] minimalPdf() {
    String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    return pdf.getBytes(StandardCharsets.US_ASCII);
  }
}
