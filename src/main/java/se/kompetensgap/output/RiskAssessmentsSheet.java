package se.kompetensgap.output;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.RiskComment;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;

/**
 * Riskbedömningar: the table {@code Riskbedomningar}, every unit's assessment of every category
 * with its comment. Riskanalys counts over it, so a row HR corrects here changes the counts.
 */
final class RiskAssessmentsSheet {
  private RiskAssessmentsSheet() {}

  static final String SHEET = "Riskbedömningar";
  static final List<String> HEADERS = List.of(Contract.FOCUS_AREA, Contract.DEPARTMENT, Contract.UNIT, Contract.CATEGORY,
      Contract.RISK_OPERATIONAL, Contract.LIKELIHOOD_OPERATIONAL, Contract.RISK_WORK_ENVIRONMENT,
      Contract.LIKELIHOOD_WORK_ENVIRONMENT, Contract.COMMENT);

  static void write(XSSFWorkbook wb, Styles styles, List<RiskComment> all) {
    XSSFSheet sheet = wb.createSheet(SHEET);
    Cells cells = new Cells(sheet);
    for (int c = 0; c < HEADERS.size(); c++) {
      cells.text(0, c, HEADERS.get(c), styles.header());
    }
    var text = styles.body(Styles.Format.TEXT);
    int row = 1;
    for (RiskComment rc : all) {
      RiskAssessment a = rc.assessment();
      int c = 0;
      cells.text(row, c++, rc.unit().focusArea().name(), text);
      cells.text(row, c++, rc.unit().department(), text);
      cells.text(row, c++, rc.unit().unit(), text);
      cells.text(row, c++, a.category().name(), text);
      cells.text(row, c++, a.operationalRisk() == null ? "" : a.operationalRisk().label(), text);
      cells.text(row, c++, a.operationalLikelihood() == null ? "" : a.operationalLikelihood().label(), text);
      cells.text(row, c++, a.workEnvironmentRisk() == null ? "" : a.workEnvironmentRisk().label(), text);
      cells.text(row, c++, a.workEnvironmentLikelihood() == null ? "" : a.workEnvironmentLikelihood().label(), text);
      cells.text(row, c, a.comment(), styles.body(Styles.Format.WRAPPED));
      cells.fitWrapped(row, a.comment(), 66);
      row++;
    }
    if (row == 1) {
      cells.cell(1, 0);
    }
    ReportCells.table(sheet, ListContract.ASSESSMENT_TABLE, 0, row - 1, 0, HEADERS.size() - 1);
    sheet.getRow(0).setHeightInPoints(32);
    int[] widths = {18, 24, 26, 40, 16, 14, 16, 14, 60};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, 1);
    Print.landscape(sheet, 0);
  }
}
