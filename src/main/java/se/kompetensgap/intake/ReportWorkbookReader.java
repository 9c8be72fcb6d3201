package se.kompetensgap.intake;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Labelled;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.report.ReportWorkbook;
import se.kompetensgap.model.report.ReportWorkbook.ActivityRow;
import se.kompetensgap.model.report.ReportWorkbook.ChangeRow;
import se.kompetensgap.model.report.ReportWorkbook.FulfilmentRow;
import se.kompetensgap.model.report.ReportWorkbook.FulfilmentTable;
import se.kompetensgap.model.report.ReportWorkbook.GapRow;
import se.kompetensgap.model.report.ReportWorkbook.GoalRow;
import se.kompetensgap.model.report.ReportWorkbook.HistoryLine;
import se.kompetensgap.model.report.ReportWorkbook.KollRow;
import se.kompetensgap.model.report.ReportWorkbook.KollTable;
import se.kompetensgap.model.report.ReportWorkbook.LongTermRow;
import se.kompetensgap.model.report.ReportWorkbook.LongTermTable;
import se.kompetensgap.model.report.ReportWorkbook.RiskComment;
import se.kompetensgap.model.report.ReportWorkbook.RiskRow;
import se.kompetensgap.model.report.ReportWorkbook.RowKind;
import se.kompetensgap.model.report.ReportWorkbook.Table;
import se.kompetensgap.model.report.ReportWorkbook.TableRow;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * Reads a consolidated workbook as HR left it, for the report (issue 12): every number as its
 * cell shows it (a formula's cached value; evaluated with POI only where a program left none),
 * every text as typed. Sheets and columns are found by their names and headers, never by a
 * fixed position, so a column HR added or a sheet moved does not matter.
 */
public final class ReportWorkbookReader {

  private final String fileName;
  private final XSSFWorkbook wb;
  private FormulaEvaluator evaluator;

  private ReportWorkbookReader(String fileName, XSSFWorkbook wb) {
    this.fileName = fileName;
    this.wb = wb;
  }

  /** Reads the workbook, or says in Swedish why it cannot be the source of a report. */
  public static ReportWorkbook read(File file) throws UnreadableFileException {
    ZipPreflight.check(file);
    XSSFWorkbook wb;
    try {
      wb = new XSSFWorkbook(org.apache.poi.openxml4j.opc.OPCPackage.open(file, org.apache.poi.openxml4j.opc.PackageAccess.READ));
    } catch (Exception e) {
      throw new UnreadableFileException(
          file.getName() + " kan inte öppnas som Excel-arbetsbok (.xlsx). Ange den konsoliderade "
              + "arbetsboken som kommandot konsolidera skrev, sparad som .xlsx.", e);
    }
    try (wb) {
      return new ReportWorkbookReader(file.getName(), wb).read();
    } catch (IOException e) {
      throw new UnreadableFileException(file.getName() + " kunde inte läsas: " + e.getMessage(), e);
    }
  }

  private ReportWorkbook read() throws UnreadableFileException {
    Sheet gapSheet = require(Contract.GAP_SHEET);
    XSSFTable goalTable = table(Contract.GOAL_TABLE).orElseThrow(() -> notConsolidated(
        "tabellen " + Contract.GOAL_TABLE + " (bladet " + Contract.GOAL_SHEET + ") saknas"));
    List<GoalRow> goals = goals(goalTable);
    String title = text(gapSheet, 0, 0);
    int year = year(goals, title);
    int dash = title.indexOf(" – ");
    String administration = dash < 0 ? "" : title.substring(dash + 3).strip();
    Map<String, List<String>> managerComments = new LinkedHashMap<>();
    List<GapRow> gaps = gaps(gapSheet, managerComments);
    comments(managerComments);

    Sheet summary = wb.getSheet(ListContract.SUMMARY_SHEET);
    List<String> paragraphs = new ArrayList<>();
    Table keyFigures = Table.empty();
    Table gapChart = Table.empty();
    Table distributionChart = Table.empty();
    if (summary != null) {
      int header = findRow(summary, "Antal medarbetare");
      int after = 0;
      if (header >= 0) {
        keyFigures = block(summary, header);
        after = header + 1 + keyFigures.rows().size();
      }
      int chartStart = summary.getLastRowNum() + 1;
      for (int r = after; r <= summary.getLastRowNum(); r++) {
        String t = text(summary, r, 0);
        if (t.startsWith("Diagramdata")) {
          chartStart = Math.min(chartStart, r);
          Table block = block(summary, r + 1);
          if (t.toLowerCase(Locale.ROOT).contains("fördelning")) {
            distributionChart = block;
          } else {
            gapChart = block;
          }
        }
      }
      paragraphs = paragraphs(summary, after, chartStart);
    }
    return new ReportWorkbook(
        year,
        administration,
        paragraphs,
        keyFigures,
        gapChart,
        distributionChart,
        gaps,
        goals,
        fulfilment(),
        changes(),
        risks(),
        riskComments(),
        activities(),
        managerComments,
        history(),
        longTerm(),
        koll());
  }

  // --- Historik (issue 13) ---

  /** The Historik table's rows as the cells show them; a row without a year or category is skipped. */
  private List<HistoryLine> history() throws UnreadableFileException {
    Optional<XSSFTable> t = table(Contract.HISTORY_TABLE);
    if (t.isEmpty()) {
      return List.of();
    }
    Sheet s = t.get().getXSSFSheet();
    int header = t.get().getStartRowIndex();
    Map<String, Integer> cols = headers(s, header);
    int year = col(cols, s, header, Contract.YEAR);
    int area = col(cols, s, header, Contract.FOCUS_AREA);
    int category = col(cols, s, header, Contract.CATEGORY);
    List<Integer> supply = new ArrayList<>();
    for (Level l : Level.values()) {
      supply.add(col(cols, s, header, Contract.supplyHeader(l)));
    }
    List<HistoryLine> rows = new ArrayList<>();
    for (int r = header + 1; r <= t.get().getEndRowIndex(); r++) {
      String cat = text(s, r, category);
      OptionalInt y = optionalInteger(s, r, year);
      if (cat.isBlank() || y.isEmpty() || y.getAsInt() < 1900 || y.getAsInt() > 2999) {
        continue;
      }
      List<Integer> counts = new ArrayList<>();
      for (int c : supply) {
        counts.add(integerOrZero(s, r, c));
      }
      rows.add(new HistoryLine(y.getAsInt(), text(s, r, area), cat, counts));
    }
    return rows;
  }

  // --- Sammanfattning ---

  /**
   * The text between the key figures and the chart data: each heading the tool wrote is
   * followed by its paragraph. A heading is short and ends without a full stop; anything else
   * (also a paragraph HR added) is text.
   */
  private List<String> paragraphs(Sheet s, int from, int to) throws UnreadableFileException {
    List<String> texts = new ArrayList<>();
    for (int r = from; r < to; r++) {
      String t = text(s, r, 0);
      if (t.isBlank()) {
        continue;
      }
      boolean heading = t.length() <= 40 && !t.endsWith(".") && !t.endsWith(":") && nextText(s, r + 1, to);
      if (!heading) {
        texts.add(t);
      }
    }
    return texts;
  }

  private boolean nextText(Sheet s, int from, int to) throws UnreadableFileException {
    for (int r = from; r < to; r++) {
      if (!text(s, r, 0).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** A header row and the rows under it until column A is blank: a label, then numbers. */
  private Table block(Sheet s, int headerRow) throws UnreadableFileException {
    List<String> headers = new ArrayList<>();
    Row hr = s.getRow(headerRow);
    if (hr == null) {
      return Table.empty();
    }
    for (int c = 0; c < hr.getLastCellNum(); c++) {
      String h = text(s, headerRow, c);
      if (h.isBlank()) {
        break;
      }
      headers.add(h);
    }
    List<TableRow> rows = new ArrayList<>();
    for (int r = headerRow + 1; r <= s.getLastRowNum(); r++) {
      String label = text(s, r, 0);
      if (label.isBlank()) {
        break;
      }
      List<Double> values = new ArrayList<>();
      for (int c = 1; c < headers.size(); c++) {
        values.add(number(s, r, c).orElse(Double.NaN));
      }
      rows.add(new TableRow(label, values));
    }
    return new Table(headers, rows);
  }

  // --- Kompetensgap ---

  private List<GapRow> gaps(Sheet s, Map<String, List<String>> comments) throws UnreadableFileException {
    int header = findRow(s, "GAP Total");
    if (header < 0) {
      throw notConsolidated("bladet " + Contract.GAP_SHEET + " har ingen rubrik \"GAP Total\"");
    }
    Map<String, Integer> cols = headers(s, header);
    int area = col(cols, s, header, Contract.FOCUS_AREA);
    int category = col(cols, s, header, Contract.CATEGORY);
    int horizon = col(cols, s, header, Contract.HORIZON);
    int total = col(cols, s, header, "GAP Total");
    int[] gap = new int[4];
    for (Level l : Level.values()) {
      gap[l.ordinal()] = col(cols, s, header, "GAP " + l.label());
    }
    int distribution = -1;
    if (header > 0) {
      Row above = s.getRow(header - 1);
      for (int c = 0; above != null && c < above.getLastCellNum(); c++) {
        if (Labelled.normalise(text(s, header - 1, c)).startsWith(Labelled.normalise("Bedömt behov"))) {
          distribution = c;
        }
      }
    }
    int comment = -1;
    for (Map.Entry<String, Integer> e : cols.entrySet()) {
      if (e.getKey().startsWith(Labelled.normalise("Kommentar")) || e.getKey().contains(Labelled.normalise("kommentar"))) {
        comment = e.getValue();
      }
    }
    List<GapRow> rows = new ArrayList<>();
    for (int r = header + 1; r <= s.getLastRowNum(); r++) {
      String cat = text(s, r, category);
      Optional<Horizon> h = horizon(text(s, r, horizon));
      String a = text(s, r, area);
      if (!rows.isEmpty() && h.isEmpty() && !a.isBlank()) {
        // A roll-up (issue 13 §5): a förvaltning's name above its own block of lines (alone on its
        // row, or with a note beside it in earlier versions). The report is the organisation's:
        // its lines end here, with its total.
        break;
      }
      if (cat.isBlank() || h.isEmpty()) {
        continue;
      }
      List<Integer> g = new ArrayList<>();
      for (int c : gap) {
        g.add(integer(s, r, c));
      }
      List<Double> dist = new ArrayList<>();
      if (distribution >= 0) {
        for (int c = distribution; c < distribution + 4; c++) {
          OptionalDouble d = number(s, r, c);
          if (d.isEmpty()) {
            dist.clear();
            break;
          }
          dist.add(d.getAsDouble());
        }
      }
      rows.add(new GapRow(a, cat, h.get(), kind(a, cat), g, integer(s, r, total), dist));
      if (comment >= 0) {
        String t = text(s, r, comment);
        if (!t.isBlank()) {
          List<String> list = comments.computeIfAbsent(cat, k -> new ArrayList<>());
          if (!list.contains(t)) {
            list.add(t);
          }
        }
      }
    }
    return rows;
  }

  /**
   * The managers' comments on why a category's need changes: the table Kommentarer (one row per
   * unit and category, Kartläggning's Kommentar column), without the unit, each text once.
   */
  private void comments(Map<String, List<String>> out) throws UnreadableFileException {
    Optional<XSSFTable> t = table(Contract.COMMENTS_TABLE);
    if (t.isEmpty()) {
      return;
    }
    Sheet s = t.get().getXSSFSheet();
    int header = t.get().getStartRowIndex();
    Map<String, Integer> cols = headers(s, header);
    Integer category = cols.get(Labelled.normalise(Contract.CATEGORY));
    Integer comment = cols.get(Labelled.normalise(Contract.MAPPING_COMMENT));
    if (category == null || comment == null) {
      return;
    }
    for (int r = header + 1; r <= t.get().getEndRowIndex(); r++) {
      String cat = text(s, r, category);
      String c = text(s, r, comment);
      if (!cat.isBlank() && !c.isBlank()) {
        List<String> list = out.computeIfAbsent(cat, k -> new ArrayList<>());
        if (!list.contains(c)) {
          list.add(c);
        }
      }
    }
  }

  private static RowKind kind(String area, String category) {
    return area.isBlank() || category.toLowerCase(Locale.ROOT).endsWith("totalt") ? RowKind.TOTAL : RowKind.CATEGORY;
  }

  // --- Kompetensmål ---

  private List<GoalRow> goals(XSSFTable t) throws UnreadableFileException {
    Sheet s = t.getXSSFSheet();
    int header = t.getStartRowIndex();
    Map<String, Integer> cols = headers(s, header);
    int area = col(cols, s, header, Contract.FOCUS_AREA);
    int category = col(cols, s, header, Contract.CATEGORY);
    int horizon = col(cols, s, header, Contract.HORIZON);
    int target = col(cols, s, header, "Mål till år");
    int gapTotal = col(cols, s, header, "GAP Total");
    int goal = col(cols, s, header, Contract.QUANTITATIVE_GOAL);
    int[] moves = new int[4];
    for (Level l : Level.values()) {
      moves[l.ordinal()] = col(cols, s, header, Contract.moveHeader(l));
    }
    List<GoalRow> rows = new ArrayList<>();
    for (int r = header + 1; r <= t.getEndRowIndex() - Math.max(0, t.getTotalsRowCount()); r++) {
      String cat = text(s, r, category);
      Optional<Horizon> h = horizon(text(s, r, horizon));
      if (cat.isBlank() || h.isEmpty()) {
        continue;
      }
      List<Integer> m = new ArrayList<>();
      for (Level l : Level.values()) {
        int v = integer(s, r, moves[l.ordinal()]);
        if (v < 0) {
          throw new UnreadableFileException(where(s, r, moves[l.ordinal()]) + ": förflyttningen " + v
              + " är negativ. Skriv antal personer som ska förflyttas till nivån (0 eller fler).", null);
        }
        m.add(v);
      }
      rows.add(new GoalRow(text(s, r, area), cat, h.get(), integer(s, r, target), integer(s, r, gapTotal), integer(s, r, goal), m));
    }
    return rows;
  }

  private int year(List<GoalRow> goals, String title) throws UnreadableFileException {
    for (GoalRow g : goals) {
      if (g.targetYear() > 1900) {
        return g.targetYear() - g.horizon().years();
      }
    }
    Matcher m = Pattern.compile("(19|20|21)\\d\\d").matcher(title);
    if (m.find()) {
      return Integer.parseInt(m.group());
    }
    throw new UnreadableFileException(
        fileName + ": det går inte att se vilket år arbetsboken gäller (tabellen " + Contract.GOAL_TABLE
            + " har inget \"Mål till år\" och bladet " + Contract.GAP_SHEET + " inget årtal i rubriken).", null);
  }

  // --- Måluppfyllelse ---

  private Optional<FulfilmentTable> fulfilment() throws UnreadableFileException {
    Sheet s = wb.getSheet(Contract.FULFILMENT_SHEET);
    if (s == null) {
      return Optional.empty();
    }
    int header = findRow(s, "% av målet");
    if (header >= 0 && headers(s, header).containsKey(Labelled.normalise(Contract.FULFILMENT_GOAL_SET))) {
      header = -1; // HR removed the first table: what is left are earlier years' goals, read below
    }
    if (header < 1) {
      return Optional.empty();
    }
    Map<String, Integer> cols = headers(s, header);
    int area = col(cols, s, header, Contract.FOCUS_AREA);
    int category = col(cols, s, header, Contract.CATEGORY);
    Map<String, Integer> groups = headers(s, header - 1);
    int quant = col(groups, s, header - 1, "Kvantitativt (antal)");
    int[] level = new int[4];
    for (Level l : Level.values()) {
      level[l.ordinal()] = col(groups, s, header - 1, "Till " + l.label().toLowerCase(Locale.ROOT) + " nivå");
    }
    int goalYear = yearIn(text(s, header, quant));
    int outcomeYear = yearIn(text(s, header, quant + 1));
    List<FulfilmentRow> rows = new ArrayList<>();
    for (int r = header + 1; r <= s.getLastRowNum(); r++) {
      String cat = text(s, r, category);
      if (cat.isBlank()) {
        break; // the end of the table (the sheet may go on with the long-term goals)
      }
      String a = text(s, r, area);
      List<Integer> goals = new ArrayList<>();
      List<OptionalInt> outcomes = new ArrayList<>();
      for (int c : level) {
        goals.add(integerOrZero(s, r, c));
        outcomes.add(optionalInteger(s, r, c + 1));
      }
      rows.add(new FulfilmentRow(a, cat, kind(a, cat), integerOrZero(s, r, quant), optionalInteger(s, r, quant + 1), goals, outcomes));
    }
    return Optional.of(new FulfilmentTable(goalYear - Horizon.TWO_YEARS.years(), goalYear, outcomeYear, text(s, 1, 0), rows));
  }

  /**
   * Måluppfyllelse's sections for earlier years' goals (issue 13 §2), found by their header rows
   * (the ones with "Mål satt år"), so that a heading HR removed does not matter. A section that
   * cannot be read as it stands (HR removed its headers, or a cell shows an error) is left out;
   * the report then omits it, it never fails because of it.
   */
  private List<LongTermTable> longTerm() {
    Sheet s = wb.getSheet(Contract.FULFILMENT_SHEET);
    if (s == null) {
      return List.of();
    }
    List<LongTermTable> out = new ArrayList<>();
    for (int r = 1; r <= s.getLastRowNum(); r++) {
      try {
        Map<String, Integer> cols = headers(s, r);
        if (cols.containsKey(Labelled.normalise(Contract.FULFILMENT_GOAL_SET))
            && cols.containsKey(Labelled.normalise(Contract.CATEGORY))) {
          longTermSection(s, r, cols).ifPresent(out::add);
        }
      } catch (UnreadableFileException | RuntimeException e) {
        // the section as HR left it is not readable: the report leaves it out
      }
    }
    return out;
  }

  private Optional<LongTermTable> longTermSection(Sheet s, int header, Map<String, Integer> cols) throws UnreadableFileException {
    Integer area = cols.get(Labelled.normalise(Contract.FOCUS_AREA));
    int category = cols.get(Labelled.normalise(Contract.CATEGORY));
    int goalSet = cols.get(Labelled.normalise(Contract.FULFILMENT_GOAL_SET));
    Integer target = cols.get(Labelled.normalise(Contract.FULFILMENT_TARGET_YEAR));
    Integer result = cols.get(Labelled.normalise(Contract.FULFILMENT_RESULT));
    Map<String, Integer> groups = headers(s, header - 1);
    Integer quant = groups.get(Labelled.normalise("Kvantitativt (antal)"));
    Integer moves = groups.get(Labelled.normalise("Förflyttningar totalt"));
    if (quant == null) {
      return Optional.empty();
    }
    List<LongTermRow> rows = new ArrayList<>();
    int setYear = 0;
    int targetYear = 0;
    String resultText = "";
    for (int r = header + 1; r <= s.getLastRowNum(); r++) {
      String cat = text(s, r, category);
      if (cat.isBlank()) {
        break;
      }
      String a = area == null ? "" : text(s, r, area);
      if (rows.isEmpty()) {
        setYear = optionalInteger(s, r, goalSet).orElse(0);
        targetYear = target == null ? 0 : optionalInteger(s, r, target).orElse(0);
        resultText = result == null ? "" : text(s, r, result);
      }
      rows.add(new LongTermRow(a, cat, kind(a, cat), integerOrZero(s, r, quant), optionalInteger(s, r, quant + 1),
          moves == null ? 0 : integerOrZero(s, r, moves), moves == null ? OptionalInt.empty() : optionalInteger(s, r, moves + 1)));
    }
    // The headers say the same ("Mål till 2029", "Utfall 2024–2026"): where a line's cell is gone.
    List<Integer> outcomeYears = yearsIn(text(s, header, quant + 1));
    if (targetYear == 0) {
      targetYear = yearIn(text(s, header, quant));
    }
    if (setYear == 0 && !outcomeYears.isEmpty()) {
      setYear = outcomeYears.get(0);
    }
    int outcomeYear = outcomeYears.size() >= 2 ? outcomeYears.get(outcomeYears.size() - 1) : 0;
    if (rows.isEmpty() || setYear < 1900 || targetYear <= setYear || outcomeYear <= setYear) {
      return Optional.empty();
    }
    boolean isFinal = resultText.isBlank() ? targetYear == outcomeYear
        : Labelled.normalise(resultText).equals(Labelled.normalise(Contract.FULFILMENT_FINAL));
    return Optional.of(new LongTermTable(setYear, targetYear, outcomeYear, isFinal, rows));
  }

  /**
   * Måluppfyllelse's comparison with Koll (issue 13 §3), found by its header row ("Förändring
   * enligt Koll"). A line is flagged when its Anmärkning is not blank, as HR left it. Empty when
   * the sheet has none, or it cannot be read as it stands.
   */
  private Optional<KollTable> koll() {
    Sheet s = wb.getSheet(Contract.FULFILMENT_SHEET);
    if (s == null) {
      return Optional.empty();
    }
    for (int r = 0; r <= s.getLastRowNum(); r++) {
      try {
        Map<String, Integer> cols = headers(s, r);
        if (cols.containsKey(Labelled.normalise(Contract.KOLL_CHANGE)) && cols.containsKey(Labelled.normalise(Contract.KOLL_MAPPED_CHANGE))
            && cols.containsKey(Labelled.normalise(Contract.CATEGORY))) {
          return kollTable(s, r, cols);
        }
      } catch (UnreadableFileException | RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private Optional<KollTable> kollTable(Sheet s, int header, Map<String, Integer> cols) throws UnreadableFileException {
    Integer area = cols.get(Labelled.normalise(Contract.FOCUS_AREA));
    int category = cols.get(Labelled.normalise(Contract.CATEGORY));
    int mapped = cols.get(Labelled.normalise(Contract.KOLL_MAPPED_CHANGE));
    int koll = cols.get(Labelled.normalise(Contract.KOLL_CHANGE));
    Integer remark = cols.get(Labelled.normalise(Contract.KOLL_REMARK));
    // "Koll 2025", "Koll 2026": the two years compared.
    List<Integer> years = new ArrayList<>();
    for (Map.Entry<String, Integer> e : cols.entrySet()) {
      if (e.getKey().startsWith(Labelled.normalise("Koll"))) {
        years.addAll(yearsIn(text(s, header, e.getValue())));
      }
    }
    years.sort(null);
    List<KollRow> rows = new ArrayList<>();
    for (int r = header + 1; r <= s.getLastRowNum(); r++) {
      String cat = text(s, r, category);
      if (cat.isBlank()) {
        break;
      }
      String a = area == null ? "" : text(s, r, area);
      rows.add(new KollRow(a, cat, kind(a, cat), integerOrZero(s, r, mapped), integerOrZero(s, r, koll),
          remark == null ? "" : text(s, r, remark)));
    }
    if (rows.isEmpty() || years.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new KollTable(years.get(0), years.get(years.size() - 1), rows));
  }

  private static List<Integer> yearsIn(String text) {
    List<Integer> out = new ArrayList<>();
    Matcher m = Pattern.compile("(19|20|21)\\d\\d").matcher(text);
    while (m.find()) {
      out.add(Integer.parseInt(m.group()));
    }
    return out;
  }

  private static int yearIn(String text) {
    Matcher m = Pattern.compile("(19|20|21)\\d\\d").matcher(text);
    return m.find() ? Integer.parseInt(m.group()) : 0;
  }

  // --- Förändring ---

  private List<ChangeRow> changes() throws UnreadableFileException {
    Sheet s = wb.getSheet(Contract.CHANGE_SHEET);
    if (s == null) {
      return List.of();
    }
    int header = findRow(s, "Förändring jämfört med föregående år");
    if (header < 0) {
      return List.of();
    }
    Map<String, Integer> cols = headers(s, header);
    int area = col(cols, s, header, Contract.FOCUS_AREA);
    int category = col(cols, s, header, Contract.CATEGORY);
    int horizon = col(cols, s, header, Contract.HORIZON);
    int sentence = col(cols, s, header, "Förändring jämfört med föregående år");
    List<ChangeRow> rows = new ArrayList<>();
    for (int r = header + 1; r <= s.getLastRowNum(); r++) {
      String cat = text(s, r, category);
      Optional<Horizon> h = horizon(text(s, r, horizon));
      String t = text(s, r, sentence);
      if (!cat.isBlank() && h.isPresent() && !t.isBlank()) {
        rows.add(new ChangeRow(text(s, r, area), cat, h.get(), t));
      }
    }
    return rows;
  }

  // --- Riskanalys ---

  private List<RiskRow> risks() throws UnreadableFileException {
    Optional<XSSFTable> t = table(ListContract.RISK_TABLE);
    if (t.isEmpty()) {
      return List.of();
    }
    Sheet s = t.get().getXSSFSheet();
    int header = t.get().getStartRowIndex();
    Map<String, Integer> cols = headers(s, header);
    int area = col(cols, s, header, Contract.FOCUS_AREA);
    int category = col(cols, s, header, Contract.CATEGORY);
    List<RiskRow> rows = new ArrayList<>();
    for (int r = header + 1; r <= t.get().getEndRowIndex(); r++) {
      String cat = text(s, r, category);
      if (cat.isBlank()) {
        continue;
      }
      rows.add(new RiskRow(text(s, r, area), cat,
          counts(s, r, cols, header, "Verksamhet", true), counts(s, r, cols, header, "Verksamhet", false),
          counts(s, r, cols, header, "Arbetsmiljö", true), counts(s, r, cols, header, "Arbetsmiljö", false)));
    }
    return rows;
  }

  private List<Integer> counts(Sheet s, int r, Map<String, Integer> cols, int header, String dimension, boolean consequence)
      throws UnreadableFileException {
    List<String> labels = consequence
        ? java.util.Arrays.stream(Consequence.values()).map(Consequence::label).toList()
        : java.util.Arrays.stream(Likelihood.values()).map(Likelihood::label).toList();
    List<Integer> out = new ArrayList<>();
    for (String l : labels) {
      out.add(integerOrZero(s, r, col(cols, s, header, dimension + " " + l.toLowerCase(Locale.ROOT))));
    }
    return out;
  }

  /** The managers' comments: the block under the Riskanalys table with Yrkeskategori and Kommentar. */
  private List<RiskComment> riskComments() throws UnreadableFileException {
    Optional<XSSFTable> t = table(ListContract.RISK_TABLE);
    if (t.isEmpty()) {
      return List.of();
    }
    Sheet s = t.get().getXSSFSheet();
    for (int r = t.get().getEndRowIndex() + 1; r <= s.getLastRowNum(); r++) {
      Map<String, Integer> cols = headers(s, r);
      Integer category = cols.get(Labelled.normalise(Contract.CATEGORY));
      Integer comment = cols.get(Labelled.normalise(Contract.COMMENT));
      if (category == null || comment == null) {
        continue;
      }
      List<RiskComment> out = new ArrayList<>();
      for (int k = r + 1; k <= s.getLastRowNum(); k++) {
        String cat = text(s, k, category);
        String c = text(s, k, comment);
        if (cat.isBlank() && c.isBlank()) {
          break;
        }
        if (!c.isBlank()) {
          out.add(new RiskComment(cat, c));
        }
      }
      return out;
    }
    return List.of();
  }

  // --- Aktivitetsplan ---

  private List<ActivityRow> activities() throws UnreadableFileException {
    Optional<XSSFTable> t = table(ListContract.ACTIVITY_TABLE);
    if (t.isEmpty()) {
      return List.of();
    }
    Sheet s = t.get().getXSSFSheet();
    int header = t.get().getStartRowIndex();
    Map<String, Integer> cols = headers(s, header);
    int area = col(cols, s, header, Contract.ACTIVITY_AREA);
    int activity = col(cols, s, header, Contract.ACTIVITY);
    int category = col(cols, s, header, Contract.CATEGORY);
    int description = col(cols, s, header, Contract.DESCRIPTION);
    int performer = col(cols, s, header, Contract.PERFORMER);
    int end = col(cols, s, header, Contract.END_DATE);
    Integer status = cols.get(Labelled.normalise(Contract.STATUS));
    List<ActivityRow> rows = new ArrayList<>();
    for (int r = header + 1; r <= t.get().getEndRowIndex(); r++) {
      String a = text(s, r, activity);
      if (a.isBlank()) {
        continue;
      }
      Optional<LocalDate> date = date(s, r, end);
      rows.add(new ActivityRow(text(s, r, area), a, text(s, r, category), text(s, r, description), text(s, r, performer),
          date, date.isPresent() ? "" : text(s, r, end), status == null ? "" : text(s, r, status)));
    }
    return rows;
  }

  // --- cells ---

  private Sheet require(String name) throws UnreadableFileException {
    Sheet s = wb.getSheet(name);
    if (s == null) {
      throw notConsolidated("bladet " + name + " saknas");
    }
    return s;
  }

  private UnreadableFileException notConsolidated(String why) {
    return new UnreadableFileException(
        fileName + " är ingen konsoliderad arbetsbok från kompetensgap: " + why + ". Ange arbetsboken "
            + "som kommandot konsolidera skrev (den får gärna vara ändrad i Excel eller LibreOffice, "
            + "men bladens namn och rubriker behöver stå kvar).", null);
  }

  private Optional<XSSFTable> table(String name) {
    for (Sheet s : wb) {
      for (XSSFTable t : ((XSSFSheet) s).getTables()) {
        if (name.equalsIgnoreCase(t.getName())) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  /** The first row with a cell whose text is {@code header} (ignoring case and spacing), or −1. */
  private int findRow(Sheet s, String header) throws UnreadableFileException {
    String wanted = Labelled.normalise(header);
    for (int r = 0; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      if (row == null) {
        continue;
      }
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING && Labelled.normalise(c.getStringCellValue()).equals(wanted)) {
          return r;
        }
      }
    }
    return -1;
  }

  /** Normalised header text → column; the first of equal headers wins. */
  private Map<String, Integer> headers(Sheet s, int r) throws UnreadableFileException {
    Map<String, Integer> out = new LinkedHashMap<>();
    Row row = s.getRow(r);
    if (row == null) {
      return out;
    }
    for (int c = 0; c < row.getLastCellNum(); c++) {
      String t = text(s, r, c);
      if (!t.isBlank()) {
        out.putIfAbsent(Labelled.normalise(t), c);
      }
    }
    return out;
  }

  private int col(Map<String, Integer> cols, Sheet s, int headerRow, String header) throws UnreadableFileException {
    Integer c = cols.get(Labelled.normalise(header));
    if (c == null) {
      throw new UnreadableFileException(
          fileName + ", bladet " + s.getSheetName() + ", rad " + (headerRow + 1) + ": kolumnen \"" + header
              + "\" saknas. Ändra inte rubrikerna i den konsoliderade arbetsboken (skriv tillbaka \"" + header
              + "\"), eller konsolidera på nytt.", null);
    }
    return c;
  }

  private static Optional<Horizon> horizon(String text) {
    String k = Labelled.normalise(text);
    for (Horizon h : Horizon.values()) {
      if (Labelled.normalise(h.label()).equals(k)) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  private String where(Sheet s, int r, int c) {
    return fileName + ", bladet " + s.getSheetName() + ", cell " + new CellReference(r, c).formatAsString(false);
  }

  /** A cell as it shows: its value, or a formula's cached value, evaluated only if none is cached. */
  private CellValue value(Sheet s, int r, int c) throws UnreadableFileException {
    Row row = s.getRow(r);
    Cell cell = row == null || c < 0 ? null : row.getCell(c);
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      if (cell instanceof XSSFCell xc && xc.getCTCell().isSetV()) {
        type = cell.getCachedFormulaResultType();
      } else {
        return evaluate(s, cell);
      }
    }
    return switch (type) {
      case NUMERIC -> new CellValue(cell.getNumericCellValue());
      case STRING -> new CellValue(cell.getStringCellValue());
      case BOOLEAN -> CellValue.valueOf(cell.getBooleanCellValue());
      case ERROR -> CellValue.getError(cell.getErrorCellValue());
      default -> null;
    };
  }

  /** A workbook saved by a program that keeps no results (a script, some web apps): POI computes. */
  private CellValue evaluate(Sheet s, Cell cell) throws UnreadableFileException {
    if (evaluator == null) {
      evaluator = wb.getCreationHelper().createFormulaEvaluator();
    }
    try {
      return evaluator.evaluate(cell);
    } catch (RuntimeException e) {
      throw new UnreadableFileException(
          where(s, cell.getRowIndex(), cell.getColumnIndex()) + ": formeln =" + cell.getCellFormula()
              + " har inget sparat värde och kan inte räknas om här. Öppna arbetsboken i Excel eller "
              + "LibreOffice, spara den och kör rapport igen.", e);
    }
  }

  private String text(Sheet s, int r, int c) throws UnreadableFileException {
    CellValue v = value(s, r, c);
    if (v == null) {
      return "";
    }
    return switch (v.getCellType()) {
      case STRING -> v.getStringValue().strip();
      case NUMERIC -> {
        double d = v.getNumberValue();
        yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
      }
      case BOOLEAN -> v.getBooleanValue() ? "SANT" : "FALSKT";
      default -> "";
    };
  }

  private OptionalDouble number(Sheet s, int r, int c) throws UnreadableFileException {
    CellValue v = value(s, r, c);
    if (v == null) {
      return OptionalDouble.empty();
    }
    if (v.getCellType() == CellType.NUMERIC) {
      return OptionalDouble.of(v.getNumberValue());
    }
    if (v.getCellType() == CellType.STRING) {
      String t = v.getStringValue().strip().replace('−', '-').replace(" ", "").replace("\u00a0", "").replace(',', '.');
      if (t.isEmpty()) {
        return OptionalDouble.empty();
      }
      try {
        return OptionalDouble.of(Double.parseDouble(t));
      } catch (NumberFormatException e) {
        throw new UnreadableFileException(
            where(s, r, c) + ": \"" + v.getStringValue() + "\" är inget tal. Skriv ett heltal, t.ex. 12 eller -3.", e);
      }
    }
    if (v.getCellType() == CellType.ERROR) {
      throw new UnreadableFileException(
          where(s, r, c) + ": cellen visar felet " + org.apache.poi.ss.usermodel.FormulaError.forInt(v.getErrorValue()).getString()
              + ". Rätta formeln i Excel eller LibreOffice, eller skriv in talet, och kör rapport igen.", null);
    }
    return OptionalDouble.empty();
  }

  private OptionalInt optionalInteger(Sheet s, int r, int c) throws UnreadableFileException {
    OptionalDouble d = number(s, r, c);
    if (d.isEmpty()) {
      return OptionalInt.empty();
    }
    double v = d.getAsDouble();
    if (v != Math.rint(v) || Math.abs(v) > 1e7) {
      throw new UnreadableFileException(
          where(s, r, c) + ": " + v + " är inget heltal. Skriv antal personer som ett heltal.", null);
    }
    return OptionalInt.of((int) v);
  }

  private int integerOrZero(Sheet s, int r, int c) throws UnreadableFileException {
    return optionalInteger(s, r, c).orElse(0);
  }

  private int integer(Sheet s, int r, int c) throws UnreadableFileException {
    return integerOrZero(s, r, c);
  }

  private Optional<LocalDate> date(Sheet s, int r, int c) throws UnreadableFileException {
    CellValue v = value(s, r, c);
    if (v != null && v.getCellType() == CellType.NUMERIC && DateUtil.isValidExcelDate(v.getNumberValue())) {
      return Optional.of(DateUtil.getLocalDateTime(v.getNumberValue()).toLocalDate());
    }
    return Optional.empty();
  }
}
