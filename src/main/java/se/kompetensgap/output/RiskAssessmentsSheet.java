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
 * with its comment. Riskanalys counts over it, so a row HR corrects here changes the counts. A
 * roll-up and next year's follow-up read it back, per unit (Förvaltning, Fokusområde, Avdelning, Enhet).
 */
final class RiskAssessmentsSheet {
  private RiskAssessmentsSheet() {}

  static final String SHEET = "Riskbedömningar";
  static final List<String> HEADERS = List.of(Contract.ADMINISTRATION, Contract.FOCUS_AREA, Contract.DEPARTMENT, Contract.UNIT, Contract.CATEGORY,
      Contract.RISK_OPERATIONAL, Contract.LIKELIHOOD_OPERATIONAL, Contract.RISK_WORK_ENVIRONMENT,
      Contract.LIKELIHOOD_WORK_ENVIRONMENT, Contract.COMMENT);

  /** The header, table and widths; the rows (three or so per unit) are left to {@code later}. */
  static void write(XSSFWorkbook wb, Styles styles, List<RiskComment> all, StreamedRows later) {
    XSSFSheet sheet = wb.createSheet(SHEET);
    Cells cells = new Cells(sheet);
    for (int c = 0; c < HEADERS.size(); c++) {
      cells.text(0, c, HEADERS.get(c), styles.header());
    }
    ReportCells.table(sheet, ListContract.ASSESSMENT_TABLE, 0, all.size(), 0, HEADERS.size() - 1);
    sheet.getRow(0).setHeightInPoints(32);
    int[] widths = {24, 18, 24, 26, 40, 16, 14, 16, 14, 60};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, 1);
    Print.landscape(sheet, 0);
    later.later(sheet, 1, rows -> rows(rows, styles, all));
  }

  private static void rows(RowWriter out, Styles styles, List<RiskComment> all) {
    var text = styles.body(Styles.Format.TEXT);
    var wrapped = styles.body(Styles.Format.WRAPPED);
    int row = 1;
    for (RiskComment rc : all) {
      RiskAssessment a = rc.assessment();
      int c = 0;
      out.text(row, c++, rc.unit().administration(), text);
      out.text(row, c++, rc.unit().focusArea().name(), text);
      out.text(row, c++, rc.unit().department(), text);
      out.text(row, c++, rc.unit().unit(), text);
      out.text(row, c++, a.category().name(), text);
      out.text(row, c++, a.operationalRisk() == null ? "" : a.operationalRisk().label(), text);
      out.text(row, c++, a.operationalLikelihood() == null ? "" : a.operationalLikelihood().label(), text);
      out.text(row, c++, a.workEnvironmentRisk() == null ? "" : a.workEnvironmentRisk().label(), text);
      out.text(row, c++, a.workEnvironmentLikelihood() == null ? "" : a.workEnvironmentLikelihood().label(), text);
      out.text(row, c, a.comment(), wrapped);
      out.fitWrapped(row, a.comment(), 66);
      row++;
    }
    if (row == 1) {
      out.cell(1, 0);
    }
  }
}
