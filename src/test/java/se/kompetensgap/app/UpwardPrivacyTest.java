package se.kompetensgap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.intake.ListReaders;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.ExpectedUnit;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.testing.FormulaCheck;
import se.kompetensgap.testing.LibreOffice;
import se.kompetensgap.testing.Sheets;
import se.kompetensgap.testing.UnitWorkbooks;
import se.kompetensgap.text.ListContract;

/**
 * Issue 10, section 2: the upward version (--utan-enheter) of the examples, with both of HR's
 * lists and last year's workbook, holds no unit, manager, e-mail or file name in any part of
 * its package; free text keeps its meaning with neutral marks. Three example workbooks have
 * names and contact details typed into their risk comments and activities, as managers do.
 */
class UpwardPrivacyTest {

  static final Configuration CONFIG = ConfigurationParser.defaults();
  static final Path ENHETER = Path.of("examples/enheter.xlsx");
  static final Path PERSONAL = Path.of("examples/personal.xlsx");

  static final String ANNA_RISK =
      "Anna Lindqvists grupp på Ekonomiskt bistånd Norr har hög belastning; ring 070-123 45 67 eller mejla anna.lindqvist@exempel.se.";
  static final String KARIN_RISK =
      "Karin har rekryterat från Mottagningsenheten vuxna; vikarien 19850412-1234 börjar i januari. Kontakt: karin.holm@exempel.se";
  static final Activity ANNA_ACTIVITY = new Activity(ActivityArea.DEVELOP, "Socialsekreterare", "Handledning i grupp",
      "Mikael Berg och Sara Nilsson håller i handledningen tillsammans med Sektionschefer.", "Anna Lindqvist och HR-avd",
      LocalDate.of(ExampleFolder.YEAR + 1, 6, 30), "Följs upp av Nils Åberg, 08-123 456 78.", ActivityStatus.ONGOING);
  /** Counted by hand: 4 in Anna's comment, 5 in her activity, 4 in Karin's comment. */
  static final int REPLACED = 13;

  @TempDir static Path dir;
  static Path folder;
  static Path full;
  static Path upward;
  static Consolidation.Result upwardResult;

  @BeforeAll
  static void consolidateBothVersions() throws Exception {
    // Last year: the same units in 2025, consolidated as HR did then (the full version).
    Path lastYear = dir.resolve("2025");
    for (UnitReport r : ExampleFolder.reports()) {
      UnitWorkbooks.write(lastYear.resolve(r.source()), CONFIG, PreviousYearTest.inYear(r, 2025, MappingType.FULL, 0));
    }
    // …and one unit that has not returned a workbook this year (on HR's list as missing):
    // whatever Måluppfyllelse says about it must not name it upward.
    UnitReport model = PreviousYearTest.inYear(ExampleFolder.reports().get(4), 2025, MappingType.FULL, 0);
    UnitInfo i = model.info();
    UnitWorkbooks.write(lastYear.resolve("Vuxna/Mottagningsenheten vuxna.xlsx"), CONFIG, new UnitReport("Vuxna/Mottagningsenheten vuxna.xlsx",
        new UnitInfo(2025, i.administration(), i.focusArea(), i.department(), "Mottagningsenheten vuxna", "Nils Åberg", i.date(), i.mappingType()),
        model.rows(), model.risks(), model.activities()));
    Path fjol = dir.resolve("konsoliderad-2025.xlsx");
    Consolidation.run(Consolidation.Request.builder(lastYear, fjol, CONFIG).build());

    // This year: the example folder (with its lock file, letter and resubmission), three
    // managers having typed names and contact details into free text.
    folder = dir.resolve("inkommande");
    ExampleFolder.write(folder, CONFIG);
    List<UnitReport> reports = ExampleFolder.reports();
    UnitReport anna = reports.get(0);
    UnitWorkbooks.write(folder.resolve(anna.source()), CONFIG, withText(anna, ANNA_RISK, List.of(ANNA_ACTIVITY)));
    UnitReport karin = reports.get(4);
    assertEquals("Karin Holm", karin.info().manager());
    UnitWorkbooks.write(folder.resolve(karin.source()), CONFIG, withText(karin, KARIN_RISK, List.of()));

    full = dir.resolve("full.xlsx");
    upward = dir.resolve("uppat.xlsx");
    Consolidation.run(request(full).build());
    upwardResult = Consolidation.run(request(upward).withoutUnits(true).build());
  }

  static Consolidation.Builder request(Path out) {
    return Consolidation.Request.builder(folder, out, CONFIG).previous(dir.resolve("konsoliderad-2025.xlsx"))
        .expectedUnits(ENHETER).headcounts(PERSONAL);
  }

  /** The unit with its first risk comment replaced and {@code extra} activities added. */
  static UnitReport withText(UnitReport u, String comment, List<Activity> extra) {
    List<RiskAssessment> risks = new ArrayList<>(u.risks());
    RiskAssessment r = risks.get(0);
    risks.set(0, new RiskAssessment(r.category(), r.operationalRisk(), r.operationalLikelihood(), r.workEnvironmentRisk(),
        r.workEnvironmentLikelihood(), comment));
    List<Activity> activities = new ArrayList<>(u.activities());
    activities.addAll(extra);
    return new UnitReport(u.source(), u.info(), u.rows(), risks, activities);
  }

  // --- What must not travel upward, collected from the inputs themselves ---

  /** Units, managers and e-mail addresses of the workbooks and of HR's list; the folder's file names. */
  static Set<String> identifying() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (UnitReport r : ExampleFolder.reports()) {
      out.add(r.info().unit());
      out.add(r.info().manager());
    }
    for (ExpectedUnit e : ListReaders.expectedUnits(ENHETER, CONFIG)) {
      out.add(e.unit());
      out.add(e.manager());
      out.add(e.email());
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.filter(Files::isRegularFile).forEach(f -> {
        out.add(f.getFileName().toString());
        out.add(folder.relativize(f).toString().replace('\\', '/'));
      });
    }
    // What the managers typed besides the names above.
    out.addAll(List.of("070-123 45 67", "08-123 456 78", "19850412-1234", "karin.holm@exempel.se", "Anna Lindqvists"));
    out.removeIf(String::isBlank);
    return out;
  }

  /**
   * Terms the upward version shows by design, which may contain a unit's name: the unit
   * "Stöd och råd vuxna" is part of the category "Socialsekreterare stöd och råd vuxna", and
   * avdelningar are kept (Underlag and Inlämning count per avdelning).
   */
  static List<String> kept() throws IOException {
    List<String> out = new ArrayList<>();
    CONFIG.allCategories().stream().map(Category::name).forEach(out::add);
    CONFIG.focusAreas().forEach(a -> out.add(a.name()));
    ListReaders.expectedUnits(ENHETER, CONFIG).forEach(e -> out.add(e.department()));
    return out;
  }

  /** Every part of the package, unzipped, XML entities decoded, in lower case. */
  static Map<String, String> parts(Path xlsx) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          out.put(e.getName(), decode(new String(in.readAllBytes(), StandardCharsets.UTF_8)).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

  static String decode(String xml) {
    Matcher m = ENTITY.matcher(xml);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String c = switch (e) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
      };
      m.appendReplacement(sb, Matcher.quoteReplacement(c));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Every occurrence of a needle in any part, unless it lies inside a longer kept term there. */
  static List<String> found(Path xlsx, Set<String> needles, List<String> kept) throws IOException {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> part : parts(xlsx).entrySet()) {
      String text = part.getValue();
      for (String needle : needles) {
        String n = needle.toLowerCase(Locale.ROOT);
        for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
          if (!insideKept(text, i, i + n.length(), kept)) {
            out.add(part.getKey() + ": \"" + needle + "\" in …" + text.substring(Math.max(0, i - 40), Math.min(text.length(), i + n.length() + 40)) + "…");
            break;
          }
        }
      }
    }
    return out;
  }

  static boolean insideKept(String text, int start, int end, List<String> kept) {
    for (String k : kept) {
      String t = k.toLowerCase(Locale.ROOT);
      for (int from = Math.max(0, end - t.length()); from <= start; from++) {
        if (text.startsWith(t, from) && from + t.length() >= end) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void noPartOfTheUpwardWorkbookNamesAUnitAManagerAnEmailOrAFile() throws Exception {
    assertEquals(List.of(), found(upward, identifying(), kept()));
  }

  @Test
  void theFullVersionDoesNameThemSoTheScanCanFail() throws Exception {
    List<String> inFull = found(full, identifying(), kept());
    for (String n : List.of("Anna Lindqvist", "anna.lindqvist@exempel.se", "Nils Åberg", "nils.aberg@exempel.se", "070-123 45 67",
        "19850412-1234", "Mottagningsenheten vuxna", "Boendeenheten", "Ekonomiskt bistånd Norr.xlsx")) {
      assertTrue(inFull.stream().anyMatch(f -> f.contains("\"" + n + "\"")), n + " in the full version: " + inFull);
    }
  }

  @Test
  void freeTextKeepsItsMeaningWithNeutralMarks() throws Exception {
    List<String> texts = new ArrayList<>();
    try (XSSFWorkbook wb = Sheets.open(upward)) {
      for (String sheet : List.of("Riskbedömningar", ListContract.RISK_SHEET, ListContract.ACTIVITY_SHEET)) {
        for (Row row : wb.getSheet(sheet)) {
          for (Cell c : row) {
            texts.add(Sheets.text(c));
          }
        }
      }
    }
    for (String expected : List.of(
        "[namn]s grupp på [enhet] har hög belastning; ring [telefon] eller mejla [e-post].",
        "[namn] har rekryterat från [enhet]; vikarien [personnummer] börjar i januari. Kontakt: [e-post]",
        "[namn] och [namn] håller i handledningen tillsammans med Sektionschefer.",
        "[namn] och HR-avd",
        "Följs upp av [namn], [telefon].")) {
      assertTrue(texts.contains(expected), expected + " in " + texts.stream().filter(t -> t.contains("[")).toList());
    }
    // The examples' own comments, which name no one, are untouched.
    assertTrue(texts.contains("Det är en utmaning att attrahera, rekrytera och behålla erfarna socialsekreterare inom myndighet vuxna."));
  }

  @Test
  void theRunCountsTheReplacementsForTheConsole() {
    assertEquals(REPLACED, upwardResult.freeTextReplacements());
    assertEquals("13 namn och kontaktuppgifter ersattes i fritexten (riskkommentarer och aktiviteter) med [namn], [enhet], "
        + "[e-post], [telefon] eller [personnummer]. Granska gärna texten på bladen Riskanalys, Riskbedömningar och "
        + "Aktivitetsplan innan arbetsboken skickas vidare.", upwardResult.replacementsMessage().orElseThrow());
  }

  @Test
  void inlamningCountsUnitsPerFokusomradeAndAvdelning() throws Exception {
    try (XSSFWorkbook wb = Sheets.open(upward)) {
      XSSFSheet s = wb.getSheet(ListContract.SUBMISSION_SHEET);
      // Myndighet vuxna: Vuxenenheten Centrum and Syd returned, Mottagningsenheten vuxna is missing.
      int mv = Sheets.findRow(s, 0, "Vuxna", 1, "Myndighet vuxna");
      assertEquals(List.of(3.0, 2.0, 0.0, 1.0, 0.0), counts(s, mv, 2));
      int eb = Sheets.findRow(s, 0, "Ekonomiskt bistånd", 1, "Ekonomiskt bistånd");
      assertEquals(List.of(4.0, 4.0, 0.0, 0.0, 0.0), counts(s, eb, 2));
      // Completeness per fokusområde: SUMIFS over the counts; Vuxna 4 of 5.
      int title = Sheets.findRow(s, 0, "Fullständighet per fokusområde", 0, "Fullständighet per fokusområde");
      int vuxna = -1;
      for (Row row : s) {
        if (vuxna < 0 && row.getRowNum() > title && Sheets.text(row.getCell(0)).equals("Vuxna")) {
          vuxna = row.getRowNum();
        }
      }
      assertEquals(List.of(5.0, 4.0, 0.0, 1.0), counts(s, vuxna, 1).subList(0, 4));
      assertEquals(4.0 / 5, Sheets.number(s, vuxna, 5), 1e-12);
      // Sammanfattning counts the units read from the same table.
      XSSFSheet summary = wb.getSheet(ListContract.SUMMARY_SHEET);
      int sv = Sheets.findRow(summary, 0, "Vuxna", 0, "Vuxna");
      assertEquals(4, Sheets.number(summary, sv, 6));
      assertEquals(List.of(), FormulaCheck.mismatches(wb));
    }
  }

  static List<Double> counts(XSSFSheet s, int row, int from) {
    List<Double> out = new ArrayList<>();
    for (int c = from; c < from + 5; c++) {
      Cell cell = s.getRow(row).getCell(c);
      out.add(cell == null ? Double.NaN : cell.getNumericCellValue());
    }
    return out;
  }

  @Test
  void libreOfficeRecalculatesTheUpwardVersionToItsCachedValues(@TempDir Path lo) throws Exception {
    Assumptions.assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) saknas: den oberoende omräkningen hoppas över");
    Path recalculated = LibreOffice.recalculate(upward, lo);
    assertEquals(List.of(), LibreOffice.compare(upward, recalculated, 1e-9));
    assertFalse(Files.readAllBytes(recalculated).length == 0);
  }
}
