package se.kompetensgap.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensgap.analysis.ActivityPlan;
import se.kompetensgap.analysis.FollowUp;
import se.kompetensgap.analysis.GapAnalysis;
import se.kompetensgap.analysis.Narrative;
import se.kompetensgap.analysis.PlannedActivity;
import se.kompetensgap.analysis.RiskAnalysis;
import se.kompetensgap.analysis.Submissions;
import se.kompetensgap.analysis.Thresholds;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.text.Contract;
import se.kompetensgap.text.ListContract;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;

/**
 * The report sheets of issue 4 (Sammanfattning, Riskanalys, Aktivitetsplan, Inlämning, Koll),
 * written after the sheets they refer to; returns the workbook's reading order.
 */
final class ReportSheets {
  private ReportSheets() {}

  /** @param administrationGoals Kompetensmål's row of each förvaltning's total in a roll-up (see {@link GoalSheet#write}) */
  static List<String> write(XSSFWorkbook wb, Styles styles, ConsolidatedWorkbook.Contents contents, GapSheet.Layout layout,
      List<Integer> administrationGoals, StreamedRows later) {
    Configuration config = contents.config();
    Thresholds t = Thresholds.of(config);
    RiskAnalysis.Result risks = RiskAnalysis.analyse(contents.units(), contents.gaps(), config);
    List<PlannedActivity> plan = ActivityPlan.merge(contents.units());
    RiskAssessmentsSheet.write(wb, styles, risks.assessments(), later);
    CommentsSheet.write(wb, styles, contents.units(), later);
    // With last year's workbook: its risks and activities, read per unit, followed up (issue 13 §4).
    Optional<RiskAnalysisSheet.Previous> lastRisks = contents.previous().map(p -> new RiskAnalysisSheet.Previous(p.year(),
        RiskAnalysis.analyse(p.units(), GapAnalysis.analyse(p.units(), config, p.year(), p.administration()), config)));
    Optional<FollowUp.Activities> lastActivities = contents.previous().map(p -> FollowUp.activities(contents.units(), p.units()));
    RiskAnalysisSheet.write(wb, styles, contents.gaps(), layout, risks, t, lastRisks, later);
    ActivityPlanSheet.write(wb, styles, plan, contents.gaps().year(), contents.gaps().administration(), lastActivities, later);
    UnitActivitiesSheet.write(wb, styles, contents.units(), later);
    Submissions.Result sub = contents.submissions();
    SubmissionSheet.write(wb, styles, sub, config, contents.gaps().year(), contents.gaps().administration(),
        contents.gaps().scope().totalLabel(), later);
    contents.headcounts().ifPresent(h -> HeadcountSheet.write(wb, styles, config, contents.units(), h, t.lowCoverage()));
    Narrative.Intake intake = new Narrative.Intake(
        (int) (sub.count(Submissions.Status.RETURNED) + sub.count(Submissions.Status.UNEXPECTED)),
        // A roll-up's: the förvaltningar's rejected workbooks too, as their Inlämning gives them (issue 13 §5).
        sub.perAdministration()
            ? (int) sub.count(Submissions.Status.REJECTED)
            : (int) contents.outcomes().stream().filter(o -> o.fate() == FileFate.REJECTED).count(),
        sub.withList() ? Optional.of((int) (sub.lines().size() - sub.count(Submissions.Status.UNEXPECTED))) : Optional.empty(),
        (int) sub.count(Submissions.Status.MISSING));
    SummarySheet.write(wb, styles, contents.gaps(), layout, Narrative.write(contents.gaps(), risks, t, intake, contents.fulfilment(), contents.basis()), sub, administrationGoals);
    List<String> order = new ArrayList<>(List.of(ListContract.SUMMARY_SHEET, Contract.GAP_SHEET, Contract.GOAL_SHEET,
        ListContract.RISK_SHEET, ListContract.ACTIVITY_SHEET, ListContract.SUBMISSION_SHEET));
    if (contents.headcounts().isPresent()) {
      order.add(ListContract.HEADCOUNT_CHECK_SHEET);
    }
    order.addAll(List.of(Contract.BASIS_SHEET, RiskAssessmentsSheet.SHEET, ListContract.UNIT_ACTIVITY_SHEET,
        Contract.COMMENTS_SHEET, Contract.INTAKE_SHEET));
    return order;
  }

  /** Inlämning without a list of expected units: who was read, and which files were rejected. */
  static Submissions.Result submissions(List<FileOutcome> outcomes, Configuration config) {
    return Submissions.of(outcomes, Submissions::unknownUnit, Optional.empty(), config);
  }
}
