package se.kompetensgap.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.util.Map;
import java.util.Optional;
import se.kompetensgap.analysis.GapReport;
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
      Configuration config,
      Submissions.Result submissions,
      Optional<Map<Category, Integer>> headcounts) {

    /** Without HR's lists: Inlämning shows the units read and the files rejected. */
    public Contents(GapReport gaps, List<UnitReport> units, List<FileOutcome> outcomes) {
      this(gaps, units, outcomes, ConfigurationParser.defaults(), ReportSheets.submissions(outcomes, ConfigurationParser.defaults()), Optional.empty());
    }
  }

  public static XSSFWorkbook build(Contents contents) {
    XSSFWorkbook wb = new XSSFWorkbook();
    Styles styles = new Styles(wb);
    BasisSheet.write(wb, styles, contents.units());
    GapSheet.Layout layout = GapSheet.write(wb, styles, contents.gaps());
    GoalSheet.write(wb, styles, contents.gaps(), layout);
    IntakeSheet.write(wb, styles, contents.outcomes());
    List<String> order = ReportSheets.write(wb, styles, contents, layout);
    for (int i = 0; i < order.size(); i++) {
      wb.setSheetOrder(order.get(i), i);
    }
    wb.setActiveSheet(0);
    wb.setSelectedTab(0);
    wb.setForceFormulaRecalculation(true);
    properties(wb, contents.gaps());
    return wb;
  }

  public static void write(Contents contents, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = build(contents)) {
      wb.write(out);
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
