package se.kompetensgap.model.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Scope;

/**
 * The consolidated workbook as HR left it, read for the nämnd's report (issue 12): the numbers
 * as the cells show them and every text HR typed or overwrote. Nothing here is recomputed from
 * Underlag; the report says what the workbook says.
 *
 * @param year the mapping year (goals run to year + 2 and year + 5)
 * @param administration the förvaltning the workbook is for ("" if it does not say)
 * @param summary Sammanfattning's paragraphs, in order, as they stand
 * @param keyFigures Sammanfattning's key-figure table
 * @param gapChart the chart data block "kompetensgap per nivå" (one row per category)
 * @param distributionChart the chart data block "fördelning av tillgång och behov"
 * @param gaps Kompetensgap's rows, one per category (or total) and horizon; in a roll-up only the
 *     organisation's, not the blocks of each förvaltning below them
 * @param goals the Kompetensmal table's rows
 * @param fulfilment Måluppfyllelse, when the workbook was made with last year's workbook
 * @param changes Förändring's sentences, when present
 * @param risks Riskanalys's counts per category
 * @param riskComments the managers' comments under Riskanalys
 * @param activities Aktivitetsplan's rows
 * @param managerComments per category (as written), the managers' comments on Kompetensgap, if the
 *     workbook has such a column
 * @param history the Historik table's rows (issue 13), as the cells show them; empty without one
 * @param longTerm Måluppfyllelse's sections for earlier years' goals (issue 13 §2), in the sheet's
 *     order; empty when the sheet has none or HR removed them
 * @param koll Måluppfyllelse's comparison of the mapping with Koll (issue 13 §3), when present
 */
public record ReportWorkbook(
    int year,
    String administration,
    List<String> summary,
    Table keyFigures,
    Table gapChart,
    Table distributionChart,
    List<GapRow> gaps,
    List<GoalRow> goals,
    Optional<FulfilmentTable> fulfilment,
    List<ChangeRow> changes,
    List<RiskRow> risks,
    List<RiskComment> riskComments,
    List<ActivityRow> activities,
    Map<String, List<String>> managerComments,
    List<HistoryLine> history,
    List<LongTermTable> longTerm,
    Optional<KollTable> koll) {

  /** A workbook without a Historik table (made before issue 13). */
  public ReportWorkbook(
      int year, String administration, List<String> summary, Table keyFigures, Table gapChart,
      Table distributionChart, List<GapRow> gaps, List<GoalRow> goals, Optional<FulfilmentTable> fulfilment,
      List<ChangeRow> changes, List<RiskRow> risks, List<RiskComment> riskComments, List<ActivityRow> activities,
      Map<String, List<String>> managerComments) {
    this(year, administration, summary, keyFigures, gapChart, distributionChart, gaps, goals, fulfilment, changes,
        risks, riskComments, activities, managerComments, List.of(), List.of(), Optional.empty());
  }

  public ReportWorkbook {
    if (year < 1900 || year > 2200) {
      throw new IllegalArgumentException("year " + year);
    }
    Objects.requireNonNull(administration);
    summary = List.copyOf(summary);
    Objects.requireNonNull(keyFigures);
    Objects.requireNonNull(gapChart);
    Objects.requireNonNull(distributionChart);
    gaps = List.copyOf(gaps);
    goals = List.copyOf(goals);
    Objects.requireNonNull(fulfilment);
    changes = List.copyOf(changes);
    risks = List.copyOf(risks);
    riskComments = List.copyOf(riskComments);
    activities = List.copyOf(activities);
    managerComments = Map.copyOf(managerComments);
    history = List.copyOf(history);
    longTerm = List.copyOf(longTerm);
    Objects.requireNonNull(koll);
  }

  /** Whether the report has anything to say under "Utvärdering av kompetensmål". */
  public boolean hasEvaluation() {
    return fulfilment.isPresent() || !longTerm.isEmpty() || koll.isPresent();
  }

  /**
   * The label of Kompetensgap's last line, the whole's total ("Förvaltningen totalt", a roll-up's
   * "Malmö stad totalt"), as the workbook has it: the last of the lines without fokusområde, after
   * the group total (socialsekreterare totalt). Empty if HR removed it.
   */
  public Optional<String> totalLabel() {
    List<String> labels = gaps.stream().filter(r -> r.area().isBlank() && r.kind() == RowKind.TOTAL)
        .map(GapRow::category).distinct().toList();
    if (labels.isEmpty()) {
      return Optional.empty();
    }
    String last = labels.get(labels.size() - 1);
    // Only one such line: the group total's if it is not the förvaltning's (HR removed the latter).
    return labels.size() > 1 || last.toLowerCase(java.util.Locale.ROOT).startsWith("förvaltningen")
        ? Optional.of(last) : Optional.empty();
  }

  /** Whom the workbook's totals speak of, by its last line's label: the förvaltning, or a roll-up's organisation. */
  public Scope scope() {
    return totalLabel().map(Scope::ofTotalLabel).orElse(Scope.ADMINISTRATION);
  }

  /** The distinct years of Historik, in ascending order. */
  public List<Integer> historyYears() {
    return history.stream().map(HistoryLine::year).distinct().sorted().toList();
  }

  /**
   * One row of Historik: a year's supply of one category in one focus area.
   *
   * @param supply Tillgång Viss … Mycket hög
   */
  public record HistoryLine(int year, String area, String category, List<Integer> supply) {
    public HistoryLine {
      Objects.requireNonNull(area);
      Objects.requireNonNull(category);
      supply = List.copyOf(supply);
      if (supply.size() != 4) {
        throw new IllegalArgumentException("four levels expected: " + supply);
      }
    }

    public int total() {
      return supply.stream().mapToInt(Integer::intValue).sum();
    }

    /** Supply at Hög and Mycket hög. */
    public int high() {
      return supply.get(2) + supply.get(3);
    }
  }

  /** A block of a sheet: a label column, then number columns (blank cells are NaN). */
  public record Table(List<String> headers, List<TableRow> rows) {
    public Table {
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
    }

    public static Table empty() {
      return new Table(List.of(), List.of());
    }

    public boolean isEmpty() {
      return rows.isEmpty();
    }
  }

  public record TableRow(String label, List<Double> values) {
    public TableRow {
      Objects.requireNonNull(label);
      values = List.copyOf(values);
    }
  }

  /** What a row of a sheet stands for: one category, or a sum of several. */
  public enum RowKind {
    CATEGORY,
    TOTAL
  }

  /**
   * One row of Kompetensgap.
   *
   * @param gap GAP Viss … Mycket hög
   * @param distribution "Bedömt behov av fördelning" Viss … Mycket hög as shares (0–1); empty if the
   *     row has none (no demand)
   */
  public record GapRow(
      String area, String category, Horizon horizon, RowKind kind, List<Integer> gap, int gapTotal,
      List<Double> distribution) {
    public GapRow {
      Objects.requireNonNull(area);
      Objects.requireNonNull(category);
      Objects.requireNonNull(horizon);
      Objects.requireNonNull(kind);
      gap = List.copyOf(gap);
      distribution = List.copyOf(distribution);
      if (gap.size() != 4 || !(distribution.isEmpty() || distribution.size() == 4)) {
        throw new IllegalArgumentException("four levels expected: " + gap + " " + distribution);
      }
    }
  }

  /** One row of the Kompetensmal table: the goal as it stands (HR may have typed over it). */
  public record GoalRow(
      String area, String category, Horizon horizon, int targetYear, int gapTotal, int quantitativeGoal,
      List<Integer> moves) {
    public GoalRow {
      Objects.requireNonNull(area);
      Objects.requireNonNull(category);
      Objects.requireNonNull(horizon);
      moves = List.copyOf(moves);
      if (moves.size() != 4 || moves.stream().anyMatch(m -> m < 0)) {
        throw new IllegalArgumentException("four non-negative moves expected: " + moves);
      }
    }

    public int movesTotal() {
      return moves.stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * Måluppfyllelse: last year's goals (to {@code goalYear}) against this year's outcome.
   *
   * @param basis the sheet's own sentence on what the outcome is (net change between the years)
   */
  public record FulfilmentTable(int goalSetYear, int goalYear, int outcomeYear, String basis, List<FulfilmentRow> rows) {
    public FulfilmentTable {
      Objects.requireNonNull(basis);
      rows = List.copyOf(rows);
    }
  }

  /** One row of Måluppfyllelse; a level's outcome is empty where it had no goal. */
  public record FulfilmentRow(
      String area, String category, RowKind kind, int goal, OptionalInt outcome, List<Integer> levelGoals,
      List<OptionalInt> levelOutcomes) {
    public FulfilmentRow {
      Objects.requireNonNull(area);
      Objects.requireNonNull(category);
      levelGoals = List.copyOf(levelGoals);
      levelOutcomes = List.copyOf(levelOutcomes);
      if (levelGoals.size() != 4 || levelOutcomes.size() != 4) {
        throw new IllegalArgumentException("four levels expected");
      }
    }
  }

  /**
   * One section of Måluppfyllelse's long-term part (issue 13 §2): the goals {@code goalSetYear}
   * set for {@code targetYear}, measured in {@code outcomeYear} against the supply the year they
   * were set.
   *
   * @param isFinal the target year is here: the sheet says "Slutresultat", not "Delresultat"
   */
  public record LongTermTable(int goalSetYear, int targetYear, int outcomeYear, boolean isFinal, List<LongTermRow> rows) {
    public LongTermTable {
      rows = List.copyOf(rows);
      if (rows.isEmpty()) {
        throw new IllegalArgumentException("a section without lines");
      }
    }

    /** The goal's horizon in years (2 or 5 as the tool writes it). */
    public int horizonYears() {
      return targetYear - goalSetYear;
    }

    /** Years since the goal was set. */
    public int yearsPassed() {
      return outcomeYear - goalSetYear;
    }

    /** The förvaltning's line: the last, a total without a fokusområde; empty if HR removed it. */
    public Optional<LongTermRow> administrationTotal() {
      LongTermRow last = rows.get(rows.size() - 1);
      return last.kind() == RowKind.TOTAL && last.area().isBlank() ? Optional.of(last) : Optional.empty();
    }
  }

  /**
   * One line of a long-term section, as the cells show it: the quantitative goal and the net
   * change of supply since the goal was set, and the moves in total (goal and outcome at the
   * goal's levels). An outcome is empty where the cell is blank.
   */
  public record LongTermRow(
      String area, String category, RowKind kind, int goal, OptionalInt outcome, int movesGoal, OptionalInt movesOutcome) {
    public LongTermRow {
      Objects.requireNonNull(area);
      Objects.requireNonNull(category);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(outcome);
      Objects.requireNonNull(movesOutcome);
    }
  }

  /** Måluppfyllelse's comparison of the mapping's change of supply with Koll's change of head count. */
  public record KollTable(int previousYear, int year, List<KollRow> rows) {
    public KollTable {
      rows = List.copyOf(rows);
    }

    public List<KollRow> flagged() {
      return rows.stream().filter(KollRow::flagged).toList();
    }
  }

  /**
   * One line of the Koll comparison.
   *
   * @param remark the Anmärkning as it stands ("" when the two agree, or HR cleared it)
   */
  public record KollRow(String area, String category, RowKind kind, int mappedChange, int kollChange, String remark) {
    public KollRow {
      Objects.requireNonNull(area);
      Objects.requireNonNull(category);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(remark);
    }

    /** The sheet marks the line: the two disagree by more than the setting allows. */
    public boolean flagged() {
      return !remark.isBlank();
    }
  }

  /** One sentence of Förändring. */
  public record ChangeRow(String area, String category, Horizon horizon, String sentence) {
    public ChangeRow {
      Objects.requireNonNull(area);
      Objects.requireNonNull(category);
      Objects.requireNonNull(horizon);
      Objects.requireNonNull(sentence);
    }
  }

  /**
   * Riskanalys for one category: how many units chose each value, per dimension, least serious
   * first (Inte allvarlig, Mindre allvarlig, Allvarlig; Låg, Medel, Hög).
   */
  public record RiskRow(
      String area, String category, List<Integer> operational, List<Integer> operationalLikelihood,
      List<Integer> workEnvironment, List<Integer> workEnvironmentLikelihood) {
    public RiskRow {
      Objects.requireNonNull(area);
      Objects.requireNonNull(category);
      operational = List.copyOf(operational);
      operationalLikelihood = List.copyOf(operationalLikelihood);
      workEnvironment = List.copyOf(workEnvironment);
      workEnvironmentLikelihood = List.copyOf(workEnvironmentLikelihood);
      for (List<Integer> l : List.of(operational, operationalLikelihood, workEnvironment, workEnvironmentLikelihood)) {
        if (l.size() != 3) {
          throw new IllegalArgumentException("three values per dimension expected: " + l);
        }
      }
    }
  }

  public record RiskComment(String category, String comment) {
    public RiskComment {
      Objects.requireNonNull(category);
      Objects.requireNonNull(comment);
    }
  }

  /** One row of Aktivitetsplan; {@code endDate} is empty when the cell holds no date. */
  public record ActivityRow(
      String area, String activity, String category, String description, String performer,
      Optional<LocalDate> endDate, String endDateText, String status) {
    public ActivityRow {
      Objects.requireNonNull(area);
      Objects.requireNonNull(activity);
      Objects.requireNonNull(category);
      Objects.requireNonNull(description);
      Objects.requireNonNull(performer);
      Objects.requireNonNull(endDate);
      Objects.requireNonNull(endDateText);
      Objects.requireNonNull(status);
    }
  }
}
