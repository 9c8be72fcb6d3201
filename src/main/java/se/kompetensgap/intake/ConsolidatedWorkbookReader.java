package se.kompetensgap.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kompetensgap.config.CategoryMatcher;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.ConsolidatedData;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.GoalRow;
import se.kompetensgap.model.HistoryRow;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.Finding;

/**
 * Reads a consolidated workbook (SPEC §6) for what the next run needs of it: the units of its
 * {@code Underlag} table (last year's supply, or a roll-up's input) and the goals of its
 * {@code Kompetensmal} table as they stand. Open the source with {@link
 * PoiWorkbookSource#openPreferringCachedValues} so that a goal HR typed over a formula, or
 * edited in another program, is the goal read.
 */
public final class ConsolidatedWorkbookReader {

  /** What was read, if anything, and every problem found. */
  public record Result(Optional<ConsolidatedData> data, List<Finding> findings) {
    public Result {
      findings = List.copyOf(findings);
    }
  }

  private final Configuration config;
  private final CategoryMatcher matcher;

  public ConsolidatedWorkbookReader(Configuration config) {
    this.config = config;
    this.matcher = new CategoryMatcher(config);
  }

  /** Whether the workbook is a consolidated one: it has the table Underlag. */
  public static boolean isConsolidated(WorkbookSource source) {
    return source.tableNames().stream().anyMatch(n -> n.equalsIgnoreCase(Contract.BASIS_TABLE));
  }

  /**
   * @param unitPrefix put before each row's Källa in the units' source, e.g. "a.xlsx: " in a
   *     roll-up so every row still says where it came from; "" to keep Källa as it is
   */
  public Result read(String file, WorkbookSource source, String unitPrefix) {
    FindingSink sink = new FindingSink(file);
    CellValues values = new CellValues(sink);
    List<String> tables = source.tableNames();
    boolean hasBasis = tables.stream().anyMatch(n -> n.equalsIgnoreCase(Contract.BASIS_TABLE));
    boolean hasGoals = tables.stream().anyMatch(n -> n.equalsIgnoreCase(Contract.GOAL_TABLE));
    if (!hasBasis || !hasGoals) {
      List<String> missing = new ArrayList<>();
      if (!hasBasis) {
        missing.add(Contract.BASIS_TABLE + " (bladet " + Contract.BASIS_SHEET + ")");
      }
      if (!hasGoals) {
        missing.add(Contract.GOAL_TABLE + " (bladet " + Contract.GOAL_SHEET + ")");
      }
      sink.fileError(
          "Arbetsboken är ingen konsoliderad arbetsbok från kompetensgap: tabellen/tabellerna "
              + String.join(" och ", missing) + " saknas. Ange den arbetsbok som programmet "
              + "skrev förra gången (kommandot konsolidera), inte en chefs kartläggning.");
      return new Result(Optional.empty(), sink.findings());
    }
    RawTable basis = source.table(Contract.BASIS_TABLE, Contract.BASIS_SHEET, Contract.SOURCE).orElseThrow();
    RawTable goals = source.table(Contract.GOAL_TABLE, Contract.GOAL_SHEET, Contract.CATEGORY).orElseThrow();
    List<UnitReport> units = readBasis(basis, sink, values, unitPrefix);
    units = UnitTables.attach(units, source, matcher, sink);
    List<GoalRow> goalRows = readGoals(goals, sink, values);
    // Historik (issue 13) is optional: workbooks of earlier versions have none.
    List<HistoryRow> history =
        source.table(Contract.HISTORY_TABLE, Contract.HISTORY_SHEET, Contract.CATEGORY)
            .map(t -> readHistory(t, sink, values))
            .orElse(List.of());
    Optional<Integer> year = year(units, goals, values);
    if (year.isEmpty() && !sink.hasErrors()) {
      sink.sheetError(
          basis.sheet(),
          "Det går inte att se vilket år arbetsboken gäller: tabellen " + Contract.BASIS_TABLE
              + " har inga rader och tabellen " + Contract.GOAL_TABLE + " inget \"Mål till år\".");
    }
    if (sink.hasErrors() || year.isEmpty()) {
      return new Result(Optional.empty(), sink.findings());
    }
    String administration =
        units.stream()
            .map(u -> u.info().administration())
            .filter(s -> !s.isBlank())
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
            .entrySet()
            .stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse("");
    return new Result(
        Optional.of(new ConsolidatedData(year.get(), administration, goalRows, units, history)), sink.findings());
  }

  // --- Underlag ---

  private List<UnitReport> readBasis(RawTable t, FindingSink sink, CellValues values, String prefix) {
    List<String> wanted = new ArrayList<>(Contract.basisHeaders());
    List<String> missing = wanted.stream().filter(h -> t.column(h).isEmpty()).toList();
    if (!missing.isEmpty()) {
      sink.sheetError(
          t.sheet(),
          "Kolumnen/kolumnerna " + String.join(", ", missing.stream().map(m -> "\"" + m + "\"").toList())
              + " saknas i tabellen " + Contract.BASIS_TABLE + ". Ändra inte rubrikerna i "
              + "den konsoliderade arbetsboken.");
      return List.of();
    }
    int src = t.column(Contract.SOURCE).get();
    int yr = t.column(Contract.YEAR).get();
    int adm = t.column(Contract.ADMINISTRATION).get();
    int area = t.column(Contract.FOCUS_AREA).get();
    int dep = t.column(Contract.DEPARTMENT).get();
    int unit = t.column(Contract.UNIT).get();
    int cat = t.column(Contract.CATEGORY).get();
    List<Integer> numbers = Contract.numberHeaders().stream().map(h -> t.column(h).get()).toList();

    Map<String, UnitInfo> infos = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, Map<Category, CategoryRow>> rows = new LinkedHashMap<>();
    for (RawTable.Row row : t.rows()) {
      if (row.isBlank()) {
        continue;
      }
      List<RawCell> c = row.cells();
      Optional<Integer> year = values.year(t.sheet(), c.get(yr));
      RawCell areaCell = c.get(area);
      Optional<FocusArea> focus = matcher.focusArea(CellValues.text(areaCell));
      if (focus.isEmpty()) {
        sink.error(
            t.sheet(),
            areaCell,
            "\"" + areaCell.display() + "\" är inget känt fokusområde (rad " + row.number() + "). "
                + "Använd samma konfiguration som när arbetsboken skrevs, eller rätta namnet.");
      }
      Optional<Category> category = focus.flatMap(f -> category(sink, t.sheet(), c.get(cat), f));
      Optional<int[]> counts =
          values.headCounts(t.sheet(), numbers.stream().map(c::get).toList(), i -> Contract.numberHeaders().get(i));
      if (year.isEmpty() || category.isEmpty() || counts.isEmpty()) {
        continue;
      }
      int[] n = counts.get();
      String source = CellValues.text(c.get(src));
      String key =
          String.join("|", source, Integer.toString(year.get()), CellValues.text(c.get(adm)), focus.get().name(),
                  CellValues.text(c.get(dep)), CellValues.text(c.get(unit)))
              .toLowerCase(Locale.ROOT);
      infos.computeIfAbsent(
          key,
          k -> new UnitInfo(year.get(), CellValues.text(c.get(adm)), focus.get(), CellValues.text(c.get(dep)),
              CellValues.text(c.get(unit)), "", null, MappingType.FULL));
      sources.putIfAbsent(key, prefix + (source.isEmpty() ? "rad " + row.number() : source));
      CategoryRow r =
          new CategoryRow(
              category.get(),
              LevelCounts.of(n[0], n[1], n[2], n[3]),
              LevelCounts.of(n[4], n[5], n[6], n[7]),
              LevelCounts.of(n[8], n[9], n[10], n[11]));
      // A row HR added by hand for the same unit and category adds to it, as it does in the sums.
      rows.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(category.get(), r, CategoryRow::plus);
    }
    List<UnitReport> units = new ArrayList<>();
    for (String key : infos.keySet()) {
      units.add(new UnitReport(sources.get(key), infos.get(key), List.copyOf(rows.get(key).values()), List.of(), List.of()));
    }
    return units;
  }

  private Optional<Category> category(FindingSink sink, String sheet, RawCell cell, FocusArea area) {
    CategoryMatcher.Match m = matcher.category(CellValues.text(cell), area);
    if (m instanceof CategoryMatcher.Found f) {
      return Optional.of(f.category());
    }
    if (m instanceof CategoryMatcher.WrongArea w) {
      return Optional.of(w.category());
    }
    String suggestion = m instanceof CategoryMatcher.Unknown u ? u.suggestion() : "";
    sink.error(
        sheet,
        cell,
        "\"" + cell.display() + "\" är ingen känd yrkeskategori. Menade du \"" + suggestion
            + "\"? Använd samma konfiguration som när arbetsboken skrevs, eller lägg till namnet "
            + "som alias i konfigurationen.");
    return Optional.empty();
  }

  // --- Kompetensmal ---

  private List<GoalRow> readGoals(RawTable t, FindingSink sink, CellValues values) {
    List<String> wanted = new ArrayList<>(List.of(Contract.FOCUS_AREA, Contract.CATEGORY, Contract.HORIZON, Contract.QUANTITATIVE_GOAL));
    for (Level l : Level.values()) {
      wanted.add(Contract.moveHeader(l));
    }
    List<String> missing = wanted.stream().filter(h -> t.column(h).isEmpty()).toList();
    if (!missing.isEmpty()) {
      sink.sheetError(
          t.sheet(),
          "Kolumnen/kolumnerna " + String.join(", ", missing.stream().map(m -> "\"" + m + "\"").toList())
              + " saknas i tabellen " + Contract.GOAL_TABLE + ". Ändra inte rubrikerna i den "
              + "konsoliderade arbetsboken.");
      return List.of();
    }
    int area = t.column(Contract.FOCUS_AREA).get();
    int cat = t.column(Contract.CATEGORY).get();
    int hor = t.column(Contract.HORIZON).get();
    int goal = t.column(Contract.QUANTITATIVE_GOAL).get();
    List<GoalRow> goals = new ArrayList<>();
    for (RawTable.Row row : t.rows()) {
      if (row.isBlank()) {
        continue;
      }
      List<RawCell> c = row.cells();
      String areaText = CellValues.text(c.get(area));
      Optional<FocusArea> focus = matcher.focusArea(areaText);
      FocusArea lookIn = focus.orElse(config.focusAreas().get(0));
      Optional<Category> category = category(sink, t.sheet(), c.get(cat), lookIn);
      Optional<Horizon> horizon = horizon(CellValues.text(c.get(hor)));
      if (horizon.isEmpty()) {
        sink.error(t.sheet(), c.get(hor), "\"" + c.get(hor).display() + "\" är ingen horisont. Skriv \"2 år\" eller \"5 år\".");
      }
      Optional<Integer> quantitative = signedInteger(sink, t.sheet(), c.get(goal), Contract.QUANTITATIVE_GOAL);
      int[] m = new int[4];
      boolean ok = category.isPresent() && horizon.isPresent() && quantitative.isPresent();
      for (Level l : Level.values()) {
        Optional<Integer> v =
            values.headCount(t.sheet(), c.get(t.column(Contract.moveHeader(l)).get()), Contract.moveHeader(l));
        if (v.isPresent()) {
          m[l.ordinal()] = v.get();
        } else {
          ok = false;
        }
      }
      if (!ok) {
        continue;
      }
      if (!config.isCommon(category.get()) && focus.isEmpty()) {
        sink.error(t.sheet(), c.get(area), "\"" + areaText + "\" är inget känt fokusområde. Rätta namnet.");
        continue;
      }
      Optional<FocusArea> goalArea = config.isCommon(category.get()) ? Optional.empty() : focus;
      goals.add(new GoalRow(goalArea, category.get(), horizon.get(), quantitative.get(), LevelCounts.of(m)));
    }
    return goals;
  }

  // --- Historik ---

  /** Every row of Historik as it stands: earlier years as HR left them, hand corrections included. */
  private List<HistoryRow> readHistory(RawTable t, FindingSink sink, CellValues values) {
    List<String> headers = Contract.historyRequiredHeaders();
    List<String> missing = headers.stream().filter(h -> t.column(h).isEmpty()).toList();
    if (!missing.isEmpty()) {
      sink.sheetError(
          t.sheet(),
          "Kolumnen/kolumnerna " + String.join(", ", missing.stream().map(m -> "\"" + m + "\"").toList())
              + " saknas i tabellen " + Contract.HISTORY_TABLE + ". Ändra inte rubrikerna i den "
              + "konsoliderade arbetsboken.");
      return List.of();
    }
    int yr = t.column(Contract.YEAR).get();
    int area = t.column(Contract.FOCUS_AREA).get();
    int cat = t.column(Contract.CATEGORY).get();
    int koll = t.column(Contract.HEADCOUNT).get();
    Optional<Integer> administration = t.column(Contract.ADMINISTRATION);
    List<String> counted = new ArrayList<>(Contract.numberHeaders());
    for (Horizon h : Horizon.values()) {
      for (Level l : Level.values()) {
        counted.add(Contract.moveHeader(h, l));
      }
    }
    List<HistoryRow> rows = new ArrayList<>();
    for (RawTable.Row row : t.rows()) {
      if (row.isBlank()) {
        continue;
      }
      List<RawCell> c = row.cells();
      Optional<Integer> year = values.year(t.sheet(), c.get(yr));
      String areaText = CellValues.text(c.get(area));
      Optional<FocusArea> focus = matcher.focusArea(areaText);
      Optional<Category> category = category(sink, t.sheet(), c.get(cat), focus.orElse(config.focusAreas().get(0)));
      Optional<int[]> n =
          values.headCounts(t.sheet(), counted.stream().map(h -> c.get(t.column(h).get())).toList(), counted::get);
      Optional<Integer> goal2 =
          signedInteger(sink, t.sheet(), c.get(t.column(Contract.goalHeader(Horizon.TWO_YEARS)).get()), Contract.goalHeader(Horizon.TWO_YEARS));
      Optional<Integer> goal5 =
          signedInteger(sink, t.sheet(), c.get(t.column(Contract.goalHeader(Horizon.FIVE_YEARS)).get()), Contract.goalHeader(Horizon.FIVE_YEARS));
      RawCell kollCell = c.get(koll);
      Optional<Integer> kollValue = kollCell.isBlank() ? Optional.of(-1) : values.headCount(t.sheet(), kollCell, Contract.HEADCOUNT);
      if (year.isEmpty() || category.isEmpty() || n.isEmpty() || goal2.isEmpty() || goal5.isEmpty() || kollValue.isEmpty()) {
        continue;
      }
      if (!config.isCommon(category.get()) && focus.isEmpty()) {
        sink.error(t.sheet(), c.get(area), "\"" + areaText + "\" är inget känt fokusområde (rad " + row.number()
            + "). Använd samma konfiguration som när arbetsboken skrevs, eller rätta namnet.");
        continue;
      }
      int[] v = n.get();
      rows.add(new HistoryRow(
          year.get(),
          administration.map(a -> CellValues.text(c.get(a))).orElse(""),
          config.isCommon(category.get()) ? Optional.empty() : focus,
          category.get(),
          LevelCounts.of(v[0], v[1], v[2], v[3]),
          LevelCounts.of(v[4], v[5], v[6], v[7]),
          LevelCounts.of(v[8], v[9], v[10], v[11]),
          goal2.get(),
          LevelCounts.of(v[12], v[13], v[14], v[15]),
          goal5.get(),
          LevelCounts.of(v[16], v[17], v[18], v[19]),
          kollValue.get() < 0 ? OptionalInt.empty() : OptionalInt.of(kollValue.get())));
    }
    return rows;
  }

  private static Optional<Horizon> horizon(String text) {
    String k = CategoryMatcher.key(text);
    for (Horizon h : Horizon.values()) {
      if (CategoryMatcher.key(h.label()).equals(k)) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  /** A goal may be negative (minskning), but it is a whole number of people. */
  private static Optional<Integer> signedInteger(FindingSink sink, String sheet, RawCell cell, String what) {
    if (cell.isBlank()) {
      return Optional.of(0);
    }
    if (cell.kind() == RawCell.Kind.NUMBER && cell.number() == Math.rint(cell.number()) && Math.abs(cell.number()) < 1e6) {
      return Optional.of((int) cell.number());
    }
    if (cell.kind() == RawCell.Kind.TEXT) {
      try {
        return Optional.of(Integer.parseInt(cell.text().replace('−', '-').replace(" ", "")));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    sink.error(
        sheet,
        cell,
        "\"" + cell.display() + "\" är inget heltal (" + what + "). Skriv målet som ett heltal "
            + "antal personer, t.ex. 12 eller -3.");
    return Optional.empty();
  }

  /** The year most rows of Underlag give; without rows, "Mål till år" of the goals less the horizon. */
  private static Optional<Integer> year(List<UnitReport> units, RawTable goals, CellValues values) {
    Map<Integer, Integer> counts = new TreeMap<>();
    units.forEach(u -> counts.merge(u.info().year(), 1, Integer::sum));
    if (!counts.isEmpty()) {
      return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
    Optional<Integer> target = goals.column("Mål till år");
    Optional<Integer> hor = goals.column(Contract.HORIZON);
    if (target.isEmpty() || hor.isEmpty()) {
      return Optional.empty();
    }
    for (RawTable.Row row : goals.rows()) {
      RawCell t = row.cells().get(target.get());
      Optional<Horizon> h = horizon(CellValues.text(row.cells().get(hor.get())));
      if (t.kind() == RawCell.Kind.NUMBER && h.isPresent()) {
        return Optional.of((int) t.number() - h.get().years());
      }
    }
    return Optional.empty();
  }
}
