package se.kompetensgap.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.AdministrationFulfilment;
import se.kompetensgap.analysis.Fulfilment;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.GapChange;
import se.kompetensgap.analysis.GapReport;
import se.kompetensgap.analysis.YearBasis;
import se.kompetensgap.model.ConsolidatedData;
import se.kompetensgap.model.HistoryRow;
import java.util.Map;
import se.kompetensgap.analysis.Submissions;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.UnitReport;
import se.kompetensgap.text.Contract;
import se.kompetensgap.validation.FileOutcome;

/**
 * Writes the consolidated workbook (SPEC §6). Sheets that others refer to are created first
 * (POI resolves a structured reference when the formula is set), then put in reading order.
 */
public final class ConsolidatedWorkbook {
  private ConsolidatedWorkbook() {}

  /** What the workbook shows: the units read, the analysis of them, and every file's fate. */
  public record Contents(
      GapReport gaps,
      List<UnitReport> units,
      List<FileOutcome> outcomes,
      Optional<ConsolidatedData> previous,
      Optional<Fulfilment> fulfilment,
      Optional<GapChange> change,
      Optional<YearBasis> basis,
      Configuration config,
      Submissions.Result submissions,
      Optional<Map<Category, Integer>> headcounts,
      List<HistoryRow> carriedHistory) {

    /**
     * @param carriedHistory in a roll-up, the Historik rows of the consolidated workbooks read,
     *     each naming its förvaltning (issue 13 §5); empty otherwise
     */
    public Contents {
      carriedHistory = List.copyOf(carriedHistory);
    }

    /** Without the history of a roll-up's workbooks. */
    public Contents(
        GapReport gaps,
        List<UnitReport> units,
        List<FileOutcome> outcomes,
        Optional<ConsolidatedData> previous,
        Optional<Fulfilment> fulfilment,
        Optional<GapChange> change,
        Optional<YearBasis> basis,
        Configuration config,
        Submissions.Result submissions,
        Optional<Map<Category, Integer>> headcounts) {
      this(gaps, units, outcomes, previous, fulfilment, change, basis, config, submissions, headcounts, List.of());
    }

    /** Without HR's lists: Inlämning shows the units read and the files rejected. */
    public Contents(GapReport gaps, List<UnitReport> units, List<FileOutcome> outcomes) {
      this(gaps, units, outcomes, ConfigurationParser.defaults(), ReportSheets.submissions(outcomes, ConfigurationParser.defaults()), Optional.empty());
    }

    /** With last year's workbook (issue 3). */
    public Contents(
        GapReport gaps,
        List<UnitReport> units,
        List<FileOutcome> outcomes,
        Optional<ConsolidatedData> previous,
        Optional<Fulfilment> fulfilment,
        Optional<GapChange> change) {
      this(gaps, units, outcomes, previous, fulfilment, change,
          previous.map(p -> YearBasis.of(units, p.units())), ConfigurationParser.defaults(),
          ReportSheets.submissions(outcomes, ConfigurationParser.defaults()), Optional.empty());
    }

    /** With HR's lists (issue 4). */
    public Contents(
        GapReport gaps,
        List<UnitReport> units,
        List<FileOutcome> outcomes,
        Configuration config,
        Submissions.Result submissions,
        Optional<Map<Category, Integer>> headcounts) {
      this(gaps, units, outcomes, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), config, submissions,
          headcounts);
    }

    /**
     * One gap report per förvaltning when the units name more than one (a roll-up across
     * förvaltningar, issue 13 §5); empty otherwise. The upward version's summed rows keep their
     * Förvaltning, so both versions give the same blocks.
     */
    public List<GapReport> byAdministration() {
      return GapAnalysis.byAdministration(units, config, gaps.year());
    }

    /** The same contents with last year's workbook and what follows from it. */
    public Contents withPrevious(ConsolidatedData previous, YearBasis basis, Fulfilment fulfilment, GapChange change) {
      return new Contents(gaps, units, outcomes, Optional.of(previous), Optional.of(fulfilment), Optional.of(change),
          Optional.of(basis), config, submissions, headcounts, carriedHistory);
    }

    /** As above, the units of both years matched on their key. */
    public Contents withPrevious(ConsolidatedData previous, Fulfilment fulfilment, GapChange change) {
      return withPrevious(previous, YearBasis.of(units, previous.units()), fulfilment, change);
    }

    /**
     * The same analysis, written with other rows (the upward version, issues 5 and 10):
     * Inlämning counts per avdelning instead of listing units, managers and files.
     */
    public Contents upward(List<UnitReport> units, List<FileOutcome> outcomes, Optional<ConsolidatedData> previous) {
      return upward(units, outcomes, previous, basis);
    }

    /**
     * As above, with the basis of the comparison over the rows written; it counts the units
     * instead of naming them (the upward version names no unit).
     */
    public Contents upward(
        List<UnitReport> units, List<FileOutcome> outcomes, Optional<ConsolidatedData> previous, Optional<YearBasis> basis) {
      return new Contents(gaps, units, outcomes, previous, fulfilment, change, basis.map(YearBasis::withoutNames), config,
          submissions.withoutNames(), headcounts, carriedHistory);
    }

    /** The same contents with the Historik rows of a roll-up's workbooks. */
    public Contents withCarriedHistory(List<HistoryRow> rows) {
      return new Contents(gaps, units, outcomes, previous, fulfilment, change, basis, config, submissions, headcounts, rows);
    }
  }

  /** The whole workbook in memory (as tests and small runs use it). */
  public static XSSFWorkbook build(Contents contents) {
    Built built = buildWithoutStreamedRows(contents);
    built.rows().writeInto(built.wb());
    PrintLayout.apply(built.wb());
    return built.wb();
  }

  private record Built(XSSFWorkbook wb, StreamedRows rows) {}

  /** Every sheet, with the rows that grow with the units left in {@code rows}. */
  private static Built buildWithoutStreamedRows(Contents contents) {
    XSSFWorkbook wb = new XSSFWorkbook();
    // POI parses every formula as it is set, only to check it; it stores the text as given
    // either way. A fifth of the write time for one unit (issue 6). The check is not lost: the
    // tests evaluate every formula of written workbooks with POI's evaluator and LibreOffice.
    wb.setCellFormulaValidation(false);
    Styles styles = new Styles(wb);
    StreamedRows rows = new StreamedRows();
    Optional<Function<UnitReport, YearBasis.Standing>> standing =
        contents.previous().isPresent() ? contents.basis().map(b -> b::current) : Optional.empty();
    BasisSheet.write(wb, styles, contents.units(), rows, standing, contents.config());
    // One gap analysis per förvaltning (a roll-up), for Kompetensgap's blocks and Historik's rows.
    List<GapReport> byAdministration = contents.byAdministration();
    GapSheet.Layout layout = GapSheet.write(wb, styles, contents.gaps(), byAdministration);
    List<Integer> administrationGoals = GoalSheet.write(wb, styles, contents.gaps(), layout);
    // Historik (issue 13) reads Underlag and Kompetensmal; Måluppfyllelse and Utveckling read it.
    List<HistoryRow> history = HistorySheets.history(contents, byAdministration);
    HistorySheets.writeHistory(wb, styles, history, contents, !byAdministration.isEmpty());
    // With last year's workbook: its tables first (the formulas below refer to them).
    contents.previous().ifPresent(p -> PreviousYearSheets.write(wb, styles, p, contents.basis().orElseThrow(), rows, contents.config()));
    contents.fulfilment().ifPresent(f -> {
      YearBasis basis = contents.basis().orElseThrow();
      FulfilmentSheet.write(wb, styles, f, basis, contents.gaps().administration());
      // Per förvaltning (issue 13 §5), before the long-term sections below it.
      AdministrationFulfilment.analyse(contents.units(), contents.previous().orElseThrow().units(), basis, history, f.year(),
              f.previousYear())
          .ifPresent(a -> FulfilmentSheet.writeAdministrations(wb, styles, a));
    });
    HistorySheets.writeLongTerm(wb, styles, contents, history);
    contents.change().ifPresent(c -> ChangeSheet.write(wb, styles, c, contents.basis().orElseThrow(), contents.gaps().administration()));
    HistorySheets.writeDevelopment(wb, styles, contents, history);
    IntakeSheet.write(wb, styles, contents.outcomes(), rows);
    List<String> order = ReportSheets.write(wb, styles, contents, layout, administrationGoals, rows);
    for (int i = 0; i < order.size(); i++) {
      wb.setSheetOrder(order.get(i), i);
    }
    // Måluppfyllelse and Förändring right after Kompetensmål; last year's copies stay last.
    int next = wb.getSheetIndex(Contract.GOAL_SHEET) + 1;
    for (String sheet : List.of(Contract.FULFILMENT_SHEET, Contract.CHANGE_SHEET, Contract.DEVELOPMENT_SHEET)) {
      if (wb.getSheet(sheet) != null) {
        wb.setSheetOrder(sheet, next++);
      }
    }
    // Historik is data, like Underlag: right after it.
    wb.setSheetOrder(Contract.HISTORY_SHEET, wb.getSheetIndex(Contract.BASIS_SHEET) + 1);
    wb.setActiveSheet(0);
    wb.setSelectedTab(0);
    wb.setForceFormulaRecalculation(true);
    properties(wb, contents.gaps());
    StyleSheetSchema.apply(wb);
    return new Built(wb, rows);
  }

  /**
   * Writes the workbook. The rows that grow with the units (Underlag: 40,000 for a roll-up of
   * 15,000 units; Riskbedömningar, Inläsning, Inlämning, …, see {@link StreamedRows}) are
   * streamed through SXSSF after everything else is built, so they never sit in POI's user
   * model; the result has the same cells (as inline strings) as {@link #build}.
   */
  public static void write(Contents contents, OutputStream out) throws IOException {
    FontPrewarm.start();
    Built built = buildWithoutStreamedRows(contents);
    try (XSSFWorkbook wb = built.wb()) {
      SXSSFWorkbook streaming = new SXSSFWorkbook(wb, 500);
      try {
        built.rows().writeInto(streaming);
        PrintLayout.apply(wb);
        streaming.write(out);
      } finally {
        streaming.dispose();
      }
    }
  }

  private static void properties(XSSFWorkbook wb, GapReport gaps) {
    POIXMLProperties props = wb.getProperties();
    var core = props.getCoreProperties();
    core.setTitle(Labels.WORKBOOK_TITLE + " " + gaps.year());
    core.setSubjectProperty(Labels.gapTitle(gaps.year(), gaps.administration()));
    core.setCreator(Labels.CREATOR);
    core.setKeywords("kompetensförsörjning; kompetensgap; " + gaps.year());
    var custom = props.getCustomProperties();
    custom.addProperty("År", gaps.year());
    custom.addProperty("Förvaltning", gaps.administration());
    props.getExtendedProperties().getUnderlyingProperties().setApplication(Labels.CREATOR);
  }
}
