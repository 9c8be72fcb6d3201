package se.kompetensgap.analysis;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.LevelCounts;

/**
 * One line of Måluppfyllelse (SPEC §5, seed 000 table 1.3): last year's goal beside this year's
 * outcome. Outcomes are net changes of tillgång (development, recruitment and leavers
 * together), not counted moves.
 *
 * @param goal last year's kvantitativt mål
 * @param outcome Σ tillgång this year − Σ tillgång last year
 * @param levelGoals last year's förflyttningar per level
 * @param countedOutcomes the change of tillgång at each level that has a goal, 0 where none
 *     (for totals: summed over the categories that have a goal at the level)
 * @param measurable false where only Lättversion units have the category (for a total: where
 *     none of its parts is measurable): the outcome "kan inte mätas", it is not 0 (SPEC §5)
 */
public record FulfilmentLine(
    LineKind kind,
    Optional<FocusArea> area,
    Optional<Category> category,
    String label,
    int goal,
    int outcome,
    LevelCounts levelGoals,
    LevelCounts countedOutcomes,
    boolean measurable) {

  public FulfilmentLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(levelGoals, "levelGoals");
    Objects.requireNonNull(countedOutcomes, "countedOutcomes");
  }

  /** % av målet; none when the goal is 0 (no goal, no division) or the outcome cannot be measured. */
  public OptionalDouble percent() {
    return measurable ? ratio(outcome, goal) : OptionalDouble.empty();
  }

  /** The outcome at a level, present only where the level has a goal (SPEC §5). */
  public OptionalInt levelOutcome(Level level) {
    return levelGoals.get(level) == 0 || !measurable ? OptionalInt.empty() : OptionalInt.of(countedOutcomes.get(level));
  }

  public OptionalDouble levelPercent(Level level) {
    return measurable ? ratio(countedOutcomes.get(level), levelGoals.get(level)) : OptionalDouble.empty();
  }

  /** Förflyttningar in total: the goal's sum over levels. */
  public int movesGoal() {
    return levelGoals.total();
  }

  /** The net change summed over the levels with a goal (seed 000: "102 förflyttningar"). */
  public int movesOutcome() {
    return countedOutcomes.total();
  }

  public OptionalDouble movesPercent() {
    return measurable ? ratio(movesOutcome(), movesGoal()) : OptionalDouble.empty();
  }

  static OptionalDouble ratio(int outcome, int goal) {
    return goal == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) outcome / goal);
  }

  static FulfilmentLine total(LineKind kind, Optional<FocusArea> area, String label, Iterable<FulfilmentLine> parts) {
    int goal = 0;
    int outcome = 0;
    LevelCounts goals = LevelCounts.ZERO;
    LevelCounts outcomes = LevelCounts.ZERO;
    boolean measurable = false;
    boolean any = false;
    for (FulfilmentLine p : parts) {
      any = true;
      measurable |= p.measurable;
      goal += p.goal;
      outcome += p.outcome;
      goals = goals.plus(p.levelGoals);
      outcomes = outcomes.plus(p.countedOutcomes);
    }
    // A total with no parts is 0 of 0; one whose every part cannot be measured cannot either.
    return new FulfilmentLine(kind, area, Optional.empty(), label, goal, outcome, goals, outcomes, measurable || !any);
  }
}
