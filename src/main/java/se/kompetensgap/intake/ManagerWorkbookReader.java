package se.kompetensgap.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kompetensgap.config.CategoryMatcher;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Labelled;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitIdentity;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileOutcome;

/**
 * Reads one manager's workbook (SPEC §4) from a {@link WorkbookSource}: tables by name,
 * columns by header text, every unusable cell a finding. The result is all or nothing: a file
 * with any error yields no report.
 */
public final class ManagerWorkbookReader {

  private final Configuration config;
  private final CategoryMatcher matcher;

  public ManagerWorkbookReader(Configuration config) {
    this.config = config;
    this.matcher = new CategoryMatcher(config);
  }

  public FileOutcome read(String file, WorkbookSource source) {
    FindingSink sink = new FindingSink(file);
    CellValues values = new CellValues(sink);
    if (UnfilledTemplate.isUnfilled(source)) {
      sink.fileError(UnfilledTemplate.MESSAGE);
      return FileOutcome.of(file, Optional.empty(), sink.findings()).withStated(stated(source));
    }
    Optional<UnitInfo> info = readUnit(source, sink, values);
    List<CategoryRow> rows = List.of();
    List<RiskAssessment> risks = List.of();
    List<Activity> activities = List.of();
    if (info.isPresent()) {
      FocusArea area = info.get().focusArea();
      rows = readMapping(source, sink, values, area);
      risks = readRisks(source, sink, values, area);
      activities = readActivities(source, sink, values);
    }
    Optional<UnitReport> report =
        sink.hasErrors() || info.isEmpty()
            ? Optional.empty()
            : Optional.of(new UnitReport(file, info.get(), rows, risks, activities));
    FileOutcome outcome = FileOutcome.of(file, report, sink.findings());
    // Rejected whole, but HR and the receipt still name whose it was (issue 10 §4).
    return report.isPresent() ? outcome : outcome.withStated(stated(source));
  }

  /** The Enhet sheet's identity as typed, read leniently (nothing required, nothing checked). */
  static Optional<UnitIdentity> stated(WorkbookSource source) {
    try {
      Optional<RawTable> t = source.table(Contract.UNIT_TABLE, Contract.UNIT_SHEET, Contract.UNIT_KEY);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      Optional<Integer> key = t.get().column(Contract.UNIT_KEY);
      Optional<Integer> value = t.get().column(Contract.UNIT_VALUE);
      if (key.isEmpty() || value.isEmpty()) {
        return Optional.empty();
      }
      Map<String, String> byKey = new HashMap<>();
      for (RawTable.Row r : t.get().rows()) {
        byKey.putIfAbsent(Labelled.normalise(r.cells().get(key.get()).display()), r.cells().get(value.get()).display());
      }
      java.util.function.Function<String, String> get = k -> byKey.getOrDefault(Labelled.normalise(k), "");
      UnitIdentity id = new UnitIdentity(get.apply(Contract.KEY_ADMINISTRATION), get.apply(Contract.KEY_FOCUS_AREA),
          get.apply(Contract.KEY_DEPARTMENT), get.apply(Contract.KEY_UNIT), get.apply(Contract.KEY_MANAGER));
      return id.isEmpty() ? Optional.empty() : Optional.of(id);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  // --- Enhet ---

  private Optional<UnitInfo> readUnit(WorkbookSource source, FindingSink sink, CellValues values) {
    Optional<RawTable> found = source.table(Contract.UNIT_TABLE, Contract.UNIT_SHEET, Contract.UNIT_KEY);
    if (found.isEmpty()) {
      sink.fileError(
          "Tabellen \"" + Contract.UNIT_TABLE + "\" (bladet " + Contract.UNIT_SHEET + ") saknas, så "
              + "det går inte att se vilken enhet arbetsboken gäller. Använd kartläggningsmallen "
              + "och fyll i bladet " + Contract.UNIT_SHEET + ".");
      return Optional.empty();
    }
    RawTable t = found.get();
    Optional<Integer> keyCol = t.column(Contract.UNIT_KEY);
    Optional<Integer> valueCol = t.column(Contract.UNIT_VALUE);
    if (keyCol.isEmpty() || valueCol.isEmpty()) {
      sink.sheetError(
          t.sheet(),
          "Kolumnerna \"" + Contract.UNIT_KEY + "\" och \"" + Contract.UNIT_VALUE + "\" måste "
              + "finnas i tabellen " + Contract.UNIT_TABLE + ". Använd kartläggningsmallen.");
      return Optional.empty();
    }
    Map<String, RawCell> byKey = new HashMap<>();
    RawCell lastValue = null;
    for (RawTable.Row row : t.rows()) {
      RawCell key = row.cells().get(keyCol.get());
      if (!key.isBlank()) {
        byKey.putIfAbsent(Labelled.normalise(key.display()), row.cells().get(valueCol.get()));
      }
      lastValue = row.cells().get(valueCol.get());
    }
    String sheet = t.sheet();
    // A missing Uppgift row is reported at the end of the table, where it should be added.
    RawCell nowhere = lastValue == null ? RawCell.blank("") : RawCell.blank(lastValue.ref());
    java.util.function.Function<String, RawCell> get =
        k -> byKey.getOrDefault(Labelled.normalise(k), nowhere);

    Optional<Integer> year = values.year(sheet, get.apply(Contract.KEY_YEAR));
    String administration = CellValues.text(get.apply(Contract.KEY_ADMINISTRATION));
    if (administration.isEmpty()) {
      administration = config.setting(Configuration.ADMINISTRATION, "");
      sink.warning(
          sheet,
          get.apply(Contract.KEY_ADMINISTRATION),
          "Förvaltning saknas; " + (administration.isEmpty() ? "den lämnas tom" : "\"" + administration + "\" används")
              + ". Fyll i förvaltningens namn nästa gång.");
    }
    RawCell areaCell = get.apply(Contract.KEY_FOCUS_AREA);
    Optional<FocusArea> area = matcher.focusArea(CellValues.text(areaCell));
    if (area.isEmpty()) {
      if (areaCell.isBlank()) {
        sink.error(
            sheet,
            areaCell,
            "Fokusområde saknas. Välj ett av: " + areaNames() + ".");
      } else {
        sink.error(
            sheet,
            areaCell,
            "\"" + areaCell.display() + "\" är inget känt fokusområde. Menade du \""
                + matcher.closestFocusArea(areaCell.display()) + "\"? Välj ett av: " + areaNames()
                + ".");
      }
    }
    String department = required(sink, sheet, get.apply(Contract.KEY_DEPARTMENT), "Avdelning");
    String unit = required(sink, sheet, get.apply(Contract.KEY_UNIT), "Enhet");
    String manager = CellValues.text(get.apply(Contract.KEY_MANAGER));
    LocalDate date = values.date(sheet, get.apply(Contract.KEY_DATE), "Datum").orElse(null);
    MappingType type =
        values
            .choice(sheet, get.apply(Contract.KEY_MAPPING_TYPE), MappingType.class, MappingType::label, "Kartläggningstyp")
            .orElse(MappingType.FULL);
    if (year.isEmpty() || area.isEmpty() || department.isEmpty() || unit.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new UnitInfo(year.get(), administration, area.get(), department, unit, manager, date, type));
  }

  private static String required(FindingSink sink, String sheet, RawCell cell, String what) {
    String text = CellValues.text(cell);
    if (text.isEmpty()) {
      sink.error(
          sheet,
          cell,
          what + " saknas. Fyll i " + what.toLowerCase(java.util.Locale.ROOT) + "ens namn, så att "
              + "HR kan se vems kartläggning det är.");
    }
    return text;
  }

  private String areaNames() {
    return String.join(", ", config.focusAreas().stream().map(FocusArea::name).toList());
  }

  // --- Kartläggning ---

  private List<CategoryRow> readMapping(
      WorkbookSource source, FindingSink sink, CellValues values, FocusArea area) {
    Optional<RawTable> found =
        source.table(Contract.MAPPING_TABLE, Contract.MAPPING_SHEET, Contract.CATEGORY);
    if (found.isEmpty()) {
      sink.fileError(
          "Tabellen \"" + Contract.MAPPING_TABLE + "\" (bladet " + Contract.MAPPING_SHEET
              + ") saknas. Använd kartläggningsmallen och fyll i bladet " + Contract.MAPPING_SHEET
              + ".");
      return List.of();
    }
    RawTable t = found.get();
    Optional<Integer> categoryCol = t.column(Contract.CATEGORY);
    List<String> headers = Contract.numberHeaders();
    List<Integer> numberCols = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String h : headers) {
      Optional<Integer> c = t.column(h);
      c.ifPresentOrElse(numberCols::add, () -> missing.add(h));
    }
    if (categoryCol.isEmpty() || !missing.isEmpty()) {
      List<String> all = new ArrayList<>(missing);
      categoryCol.ifPresentOrElse(c -> {}, () -> all.add(0, Contract.CATEGORY));
      sink.sheetError(
          t.sheet(),
          "Kolumnen/kolumnerna " + quoteAll(all) + " saknas i tabellen " + Contract.MAPPING_TABLE
              + ". Kolumnerna hittas på rubriken; ändra inte rubrikerna i mallen.");
      return List.of();
    }
    List<CategoryRow> rows = new ArrayList<>();
    // Kommentar (why the need changes) is optional: templates before issue 11 have no such column.
    Optional<Integer> commentCol = t.column(Contract.MAPPING_COMMENT);
    Map<Category, Integer> seenAt = new HashMap<>();
    List<RawCell> supplyCells = new ArrayList<>(); // for the unit-size warning's range
    for (RawTable.Row row : t.rows()) {
      RawCell nameCell = row.cells().get(categoryCol.get());
      List<RawCell> numberCells = numberCols.stream().map(row.cells()::get).toList();
      boolean noNumbers = numberCells.stream().allMatch(RawCell::isBlank);
      if (noNumbers) {
        continue; // empty rows and pre-filled categories the unit does not have are ignored
      }
      if (nameCell.isBlank()) {
        sink.error(
            t.sheet(),
            nameCell,
            "Raden " + row.number() + " har antal men ingen yrkeskategori. Skriv yrkeskategorin "
                + "eller töm raden.");
        continue;
      }
      Optional<Category> category = category(sink, t.sheet(), nameCell, area);
      Optional<int[]> counts =
          values.headCounts(t.sheet(), numberCells, i -> headers.get(i) + ", " + CellValues.text(nameCell));
      if (category.isEmpty() || counts.isEmpty()) {
        continue;
      }
      int[] n = counts.get();
      Integer earlier = seenAt.putIfAbsent(category.get(), row.number());
      if (earlier != null) {
        sink.error(
            t.sheet(),
            nameCell,
            "Yrkeskategorin " + category.get().name() + " står på två rader (rad " + earlier
                + " och " + row.number() + "). Slå ihop raderna till en.");
        continue;
      }
      rows.add(
          new CategoryRow(
              category.get(),
              LevelCounts.of(n[0], n[1], n[2], n[3]),
              LevelCounts.of(n[4], n[5], n[6], n[7]),
              LevelCounts.of(n[8], n[9], n[10], n[11]),
              commentCol.map(k -> CellValues.text(row.cells().get(k))).orElse("")));
      Plausibility.row(sink, t.sheet(), nameCell, numberCells, rows.get(rows.size() - 1), config);
      supplyCells.add(numberCells.get(0));
      supplyCells.add(numberCells.get(3));
    }
    Plausibility.unit(sink, t.sheet(), supplyCells, supplyCells, rows, config);
    if (rows.isEmpty() && !sink.hasErrors()) {
      sink.sheetError(
          t.sheet(),
          "Kartläggningen är tom: ingen yrkeskategori har några antal ifyllda. Fyll i tillgång "
              + "och behov för enhetens yrkeskategorier och skicka arbetsboken igen.");
    }
    return rows;
  }

  private Optional<Category> category(FindingSink sink, String sheet, RawCell cell, FocusArea area) {
    CategoryMatcher.Match m = matcher.category(cell.display(), area);
    if (m instanceof CategoryMatcher.Found f) {
      return Optional.of(f.category());
    }
    if (m instanceof CategoryMatcher.WrongArea w) {
      sink.error(
          sheet,
          cell,
          "Yrkeskategorin " + w.category().name() + " hör till fokusområdet " + w.owner().name()
              + ", men enheten har fokusområde " + area.name() + ". Rätta fokusområdet i bladet "
              + Contract.UNIT_SHEET + " eller flytta antalen till rätt yrkeskategori.");
    } else if (m instanceof CategoryMatcher.Unknown u) {
      sink.error(
          sheet,
          cell,
          "\"" + cell.display() + "\" är ingen känd yrkeskategori. Menade du \"" + u.suggestion()
              + "\"? Skriv namnet som i mallen, eller be HR lägga till stavningen som alias i "
              + "konfigurationen.");
    }
    return Optional.empty();
  }

  private static String quoteAll(List<String> names) {
    return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
  }

  // --- Risk ---

  private List<RiskAssessment> readRisks(
      WorkbookSource source, FindingSink sink, CellValues values, FocusArea area) {
    Optional<RawTable> found = source.table(Contract.RISK_TABLE, Contract.RISK_SHEET, Contract.CATEGORY);
    if (found.isEmpty()) {
      sink.sheetWarning(
          Contract.RISK_SHEET,
          "Tabellen \"" + Contract.RISK_TABLE + "\" saknas, så enhetens riskbedömning kommer inte "
              + "med. Använd kartläggningsmallen nästa gång.");
      return List.of();
    }
    RawTable t = found.get();
    Map<String, Integer> cols = columns(t, Contract.RISK_HEADERS);
    if (cols == null) {
      sink.sheetError(
          t.sheet(),
          "Någon av kolumnerna " + quoteAll(Contract.RISK_HEADERS) + " saknas i tabellen "
              + Contract.RISK_TABLE + ". Ändra inte rubrikerna i mallen.");
      return List.of();
    }
    List<RiskAssessment> risks = new ArrayList<>();
    for (RawTable.Row row : t.rows()) {
      java.util.function.Function<String, RawCell> c = h -> row.cells().get(cols.get(h));
      RawCell nameCell = c.apply(Contract.CATEGORY);
      boolean nothingAssessed =
          Contract.RISK_HEADERS.stream().skip(1).map(c).allMatch(RawCell::isBlank);
      if (nothingAssessed) {
        continue;
      }
      if (nameCell.isBlank()) {
        sink.error(t.sheet(), nameCell, "Raden " + row.number() + " har en riskbedömning men ingen yrkeskategori. Skriv yrkeskategorin eller töm raden.");
        continue;
      }
      Optional<Category> category = category(sink, t.sheet(), nameCell, area);
      Optional<Consequence> op = values.choice(t.sheet(), c.apply(Contract.RISK_OPERATIONAL), Consequence.class, Consequence::label, Contract.RISK_OPERATIONAL);
      Optional<Likelihood> opL = values.choice(t.sheet(), c.apply(Contract.LIKELIHOOD_OPERATIONAL), Likelihood.class, Likelihood::label, Contract.LIKELIHOOD_OPERATIONAL);
      Optional<Consequence> env = values.choice(t.sheet(), c.apply(Contract.RISK_WORK_ENVIRONMENT), Consequence.class, Consequence::label, Contract.RISK_WORK_ENVIRONMENT);
      Optional<Likelihood> envL = values.choice(t.sheet(), c.apply(Contract.LIKELIHOOD_WORK_ENVIRONMENT), Likelihood.class, Likelihood::label, Contract.LIKELIHOOD_WORK_ENVIRONMENT);
      category.ifPresent(
          cat ->
              risks.add(
                  new RiskAssessment(
                      cat,
                      op.orElse(null),
                      opL.orElse(null),
                      env.orElse(null),
                      envL.orElse(null),
                      CellValues.text(c.apply(Contract.COMMENT)))));
    }
    return risks;
  }

  /** Header → column index for all {@code headers}, or null if any is missing. */
  private static Map<String, Integer> columns(RawTable t, List<String> headers) {
    Map<String, Integer> cols = new HashMap<>();
    for (String h : headers) {
      Optional<Integer> c = t.column(h);
      if (c.isEmpty()) {
        return null;
      }
      cols.put(h, c.get());
    }
    return cols;
  }

  // --- Aktiviteter ---

  private List<Activity> readActivities(WorkbookSource source, FindingSink sink, CellValues values) {
    Optional<RawTable> found =
        source.table(Contract.ACTIVITY_TABLE, Contract.ACTIVITY_SHEET, Contract.ACTIVITY);
    if (found.isEmpty()) {
      sink.sheetWarning(
          Contract.ACTIVITY_SHEET,
          "Tabellen \"" + Contract.ACTIVITY_TABLE + "\" saknas, så enhetens aktiviteter kommer "
              + "inte med. Använd kartläggningsmallen nästa gång.");
      return List.of();
    }
    RawTable t = found.get();
    Map<String, Integer> cols = columns(t, Contract.ACTIVITY_HEADERS);
    if (cols == null) {
      sink.sheetError(
          t.sheet(),
          "Någon av kolumnerna " + quoteAll(Contract.ACTIVITY_HEADERS) + " saknas i tabellen "
              + Contract.ACTIVITY_TABLE + ". Ändra inte rubrikerna i mallen.");
      return List.of();
    }
    List<Activity> activities = new ArrayList<>();
    for (RawTable.Row row : t.rows()) {
      if (row.isBlank()) {
        continue;
      }
      java.util.function.Function<String, RawCell> c = h -> row.cells().get(cols.get(h));
      RawCell titleCell = c.apply(Contract.ACTIVITY);
      RawCell areaCell = c.apply(Contract.ACTIVITY_AREA);
      Optional<ActivityArea> area = values.choice(t.sheet(), areaCell, ActivityArea.class, ActivityArea::label, Contract.ACTIVITY_AREA);
      Optional<ActivityStatus> status = values.choice(t.sheet(), c.apply(Contract.STATUS), ActivityStatus.class, ActivityStatus::label, Contract.STATUS);
      RawCell endCell = c.apply(Contract.END_DATE);
      // Seed 000's managers write "Löpande", "Under 2019", "Påbörjas våren 2019": a Tidsplan in
      // words is kept as written; only a number that is no date is a problem.
      Optional<LocalDate> end =
          endCell.kind() == RawCell.Kind.TEXT
              ? CellValues.dateText(endCell.text())
              : values.date(t.sheet(), endCell, Contract.END_DATE);
      String schedule = end.isEmpty() && endCell.kind() == RawCell.Kind.TEXT ? CellValues.text(endCell) : "";
      if (titleCell.isBlank()) {
        sink.error(t.sheet(), titleCell, "Raden " + row.number() + " saknar aktivitet. Skriv vad som ska göras, eller töm raden.");
        continue;
      }
      if (areaCell.isBlank()) {
        sink.error(
            t.sheet(),
            areaCell,
            "Aktiviteten \"" + CellValues.text(titleCell) + "\" saknar område. Välj ett av: "
                + String.join(", ", java.util.Arrays.stream(ActivityArea.values()).map(ActivityArea::label).toList())
                + ".");
        continue;
      }
      if (area.isEmpty()) {
        continue;
      }
      activities.add(
          new Activity(
              area.get(),
              CellValues.text(c.apply(Contract.CATEGORY)),
              CellValues.text(titleCell),
              CellValues.text(c.apply(Contract.DESCRIPTION)),
              CellValues.text(c.apply(Contract.PERFORMER)),
              end.orElse(null),
              CellValues.text(c.apply(Contract.FOLLOW_UP)),
              status.orElse(ActivityStatus.PLANNED),
              schedule));
    }
    return activities;
  }
}
