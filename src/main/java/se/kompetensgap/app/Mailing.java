package se.kompetensgap.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.intake.ListFileException;
import se.kompetensgap.intake.ListReaders;
import se.kompetensgap.intake.PoiWorkbookSource;
import se.kompetensgap.intake.PreviousRoundReader;
import se.kompetensgap.intake.UnreadableFileException;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.ConsolidatedData;
import se.kompetensgap.model.ExpectedUnit;
import se.kompetensgap.model.Labelled;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.output.MailingList;
import se.kompetensgap.output.template.RoundWorkbook;

/**
 * Next year's round ({@code utskick}, issue 11): one pre-filled workbook per unit of last year's
 * consolidated workbook (or of HR's list of units), in one sub-folder per focus area, and {@code
 * utskick.xlsx} for the mail merge. Everything is written into a hidden folder beside MAPP and
 * moved into place at the end, so a run that fails leaves nothing behind.
 */
public final class Mailing {
  private Mailing() {}

  public static final String MAILING_LIST = se.kompetensgap.text.ListContract.MAILING_LIST_FILE;

  /**
   * @param previous last year's consolidated workbook (FJOL)
   * @param folder MAPP: must not exist, or be empty
   * @param units HR's list of units (--enheter): then it decides who gets a workbook
   * @param year År of the round; default FJOL's year + 1
   * @param lastDay the last day to send the workbook back, named in the instructions
   * @param light Kartläggningstyp Lättversion for every unit FJOL has (supply carried)
   */
  public record Request(
      Path previous,
      Path folder,
      Configuration config,
      Optional<Path> units,
      Optional<Integer> year,
      Optional<LocalDate> lastDay,
      boolean light) {
    public Request {
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(folder, "folder");
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(units, "units");
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(lastDay, "lastDay");
    }
  }

  /**
   * What was written.
   *
   * @param prefilled workbooks with last year's figures
   * @param blank workbooks for units on the list that FJOL lacks (the blank template, identity filled)
   * @param notOnList FJOL's units the list lacks, as "Fokusområde / Avdelning / Enhet"
   */
  public record Result(int year, int prefilled, int blank, List<String> notOnList, List<MailingList.Entry> entries) {
    public Result {
      notOnList = List.copyOf(notOnList);
      entries = List.copyOf(entries);
    }

    public int written() {
      return prefilled + blank;
    }
  }

  public static Result run(Request request) throws IOException, ListFileException {
    Path folder = request.folder();
    if (Files.exists(folder)) {
      if (!Files.isDirectory(folder)) {
        throw new RefusedException("\"" + folder + "\" är en fil, inte en mapp. Ange en ny eller tom mapp för utskicket. Inget skrevs.");
      }
      try (Stream<Path> s = Files.list(folder)) {
        if (s.findAny().isPresent()) {
          throw new RefusedException("Mappen \"" + folder + "\" är inte tom. Ange en ny eller tom mapp för utskicket, "
              + "så att inga filer skrivs över eller blandas ihop. Inget skrevs.");
        }
      }
    }
    Path parent = folder.toAbsolutePath().normalize().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new RefusedException("Mappen där utskicket ska ligga finns inte: \"" + parent + "\". Inget skrevs.");
    }
    ConsolidatedData fjol = PreviousYear.read(request.previous(), request.config());
    int year = request.year().orElse(fjol.year() + 1);
    if (year <= fjol.year()) {
      throw new RefusedException("Året för utskicket (--ar " + year + ") måste vara senare än förra årets sammanställning ("
          + request.previous().getFileName() + " gäller " + fjol.year() + "). Inget skrevs.");
    }
    Map<String, UnitReport> lastYear = byUnit(fjol.units());
    PreviousRoundReader.Round round = readRound(request, lastYear);
    List<ExpectedUnit> list = request.units().isPresent() ? expected(request.units().get(), request.config()) : List.of();

    List<RoundWorkbook.Unit> units = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    List<String> notOnList = new ArrayList<>();
    int prefilled = 0;
    if (request.units().isEmpty()) {
      for (UnitReport u : lastYear.values()) {
        PreviousRoundReader.Contact contact = round.contact(u.info()).orElse(new PreviousRoundReader.Contact("", ""));
        units.add(unit(u, year, contact.manager(), request, round, fjol));
        emails.add(contact.email());
        prefilled++;
      }
    } else {
      Set<String> matched = new HashSet<>();
      for (ExpectedUnit e : list) {
        Optional<Map.Entry<String, UnitReport>> found = match(e, lastYear);
        if (found.isPresent()) {
          matched.add(found.get().getKey());
          String manager = e.manager().isBlank()
              ? round.contact(found.get().getValue().info()).map(PreviousRoundReader.Contact::manager).orElse("")
              : e.manager();
          units.add(unit(found.get().getValue(), year, manager, request, round, fjol));
          prefilled++;
        } else {
          UnitInfo info = new UnitInfo(year, fjol.administration(), e.focusArea(), e.department(), e.unit(), e.manager(),
              null, MappingType.FULL);
          units.add(new RoundWorkbook.Unit(info, Optional.empty(), List.of(), List.of()));
        }
        emails.add(e.email());
      }
      for (Map.Entry<String, UnitReport> e : lastYear.entrySet()) {
        if (!matched.contains(e.getKey())) {
          UnitInfo i = e.getValue().info();
          notOnList.add(i.focusArea().name() + " / " + i.department() + " / " + i.unit());
        }
      }
    }

    Path staging = parent.resolve("." + folder.getFileName() + ".utskick-" + Long.toHexString(System.nanoTime()));
    List<MailingList.Entry> entries = new ArrayList<>();
    try {
      Files.createDirectories(staging);
      Set<String> used = new HashSet<>();
      for (int i = 0; i < units.size(); i++) {
        RoundWorkbook.Unit u = units.get(i);
        String relative = fileName(u.info(), used);
        Path file = staging.resolve(relative);
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = RoundWorkbook.build(request.config(), u, request.lastDay());
            OutputStream out = Files.newOutputStream(file)) {
          wb.write(out);
        }
        UnitInfo info = u.info();
        entries.add(new MailingList.Entry(info.focusArea().name(), info.department(), info.unit(), info.manager(),
            emails.get(i), relative));
      }
      try (XSSFWorkbook wb = MailingList.build(entries, year);
          OutputStream out = Files.newOutputStream(staging.resolve(MAILING_LIST))) {
        wb.write(out);
      }
      if (Files.exists(folder)) {
        Files.delete(folder); // empty, checked above
      }
      Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
    return new Result(year, prefilled, units.size() - prefilled, notOnList, entries);
  }

  private static RoundWorkbook.Unit unit(
      UnitReport last, int year, String manager, Request request, PreviousRoundReader.Round round, ConsolidatedData fjol) {
    UnitInfo l = last.info();
    String administration = l.administration().isBlank() ? fjol.administration() : l.administration();
    UnitInfo info = new UnitInfo(year, administration, l.focusArea(), l.department(), l.unit(), manager, null,
        request.light() ? MappingType.LIGHT : MappingType.FULL);
    return new RoundWorkbook.Unit(info, Optional.of(new RoundWorkbook.LastYear(l.year(), last.rows())),
        round.risks(l), round.activities(l));
  }

  /** FJOL's units by Fokusområde, Avdelning and Enhet; rows of one unit from several sources add up. */
  private static Map<String, UnitReport> byUnit(List<UnitReport> units) {
    Map<String, UnitReport> out = new LinkedHashMap<>();
    List<UnitReport> sorted = new ArrayList<>(units);
    sorted.sort(Comparator.comparing((UnitReport u) -> u.info().focusArea().name())
        .thenComparing(u -> u.info().department()).thenComparing(u -> u.info().unit()));
    for (UnitReport u : sorted) {
      UnitInfo i = u.info();
      out.merge(PreviousRoundReader.key(i.focusArea(), i.department(), i.unit()), u, (a, b) -> {
        Map<se.kompetensgap.model.Category, CategoryRow> rows = new LinkedHashMap<>();
        Stream.concat(a.rows().stream(), b.rows().stream()).forEach(r -> rows.merge(r.category(), r, CategoryRow::plus));
        return new UnitReport(a.source(), a.info(), List.copyOf(rows.values()), List.of(), List.of());
      });
    }
    return out;
  }

  private static PreviousRoundReader.Round readRound(Request request, Map<String, UnitReport> lastYear) throws IOException {
    try (PoiWorkbookSource source = PoiWorkbookSource.openPreferringCachedValues(request.previous().toFile())) {
      return new PreviousRoundReader(request.config())
          .read(source, lastYear.values().stream().map(UnitReport::info).toList());
    } catch (UnreadableFileException e) {
      throw new RefusedException("Förra årets arbetsbok (--foregaende " + request.previous().getFileName()
          + ") kan inte öppnas: " + e.getMessage() + " Inget skrevs.");
    }
  }

  private static List<ExpectedUnit> expected(Path file, Configuration config) throws IOException, ListFileException {
    try {
      return ListReaders.expectedUnits(file, config);
    } catch (NoSuchFileException e) {
      throw new RefusedException("Listan över enheter \"" + file + "\" finns inte. Inget skrevs.");
    }
  }

  /**
   * The FJOL unit a list row means: same Fokusområde and Enhet; when two FJOL units of the area
   * share the name, the Avdelning decides.
   */
  private static Optional<Map.Entry<String, UnitReport>> match(ExpectedUnit e, Map<String, UnitReport> lastYear) {
    List<Map.Entry<String, UnitReport>> same = lastYear.entrySet().stream()
        .filter(x -> x.getValue().info().focusArea().equals(e.focusArea())
            && norm(x.getValue().info().unit()).equals(norm(e.unit())))
        .toList();
    if (same.size() > 1) {
      same = same.stream().filter(x -> norm(x.getValue().info().department()).equals(norm(e.department()))).toList();
    }
    return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
  }

  private static String norm(String s) {
    return Labelled.normalise(s).toLowerCase(Locale.ROOT);
  }

  /** "Fokusområde/Enhet.xlsx", safe on Windows; a second unit of the same name gets its Avdelning. */
  static String fileName(UnitInfo info, Set<String> used) {
    String dir = safe(info.focusArea().name());
    String name = safe(info.unit().isBlank() ? info.department() : info.unit());
    String candidate = dir + "/" + name + ".xlsx";
    if (!used.add(candidate.toLowerCase(Locale.ROOT))) {
      candidate = dir + "/" + name + " (" + safe(info.department()) + ").xlsx";
      for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
        candidate = dir + "/" + name + " (" + n + ").xlsx";
      }
    }
    return candidate;
  }

  /** Characters Windows forbids become "-"; no trailing dot or space; reserved device names get "_". */
  static String safe(String s) {
    String t = s.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip().replaceAll("[. ]+$", "");
    if (t.isEmpty()) {
      t = "enhet";
    }
    if (t.length() > 80) {
      t = t.substring(0, 80).strip();
    }
    if (t.toUpperCase(Locale.ROOT).matches("(CON|PRN|AUX|NUL|COM\\d|LPT\\d)")) {
      t = "_" + t;
    }
    return t;
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort: a staging folder left behind is hidden and harmless
        }
      });
    } catch (IOException ignored) {
      // as above
    }
  }
}
