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
 */
public record FulfilmentLine(
    LineKind kind,
    Optional<FocusArea> area,
    Optional<Category> category,
    String label,
    int goal,
    int outcome,
    LevelCounts levelGoals,
    LevelCounts countedOutcomes) {

  public FulfilmentLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(levelGoals, "levelGoals");
    Objects.requireNonNull(countedOutcomes, "countedOutcomes");
  }

  /** % av målet; none when the goal is 0 (no goal, no division). */
  public OptionalDouble percent() {
    return ratio(outcome, goal);
  }

  /** The outcome at a level, present only where the level has a goal (SPEC §5). */
  public OptionalInt levelOutcome(Level level) {
    return levelGoals.get(level) == 0 ? OptionalInt.empty() : OptionalInt.of(countedOutcomes.get(level));
  }

  public OptionalDouble levelPercent(Level level) {
    return ratio(countedOutcomes.get(level), levelGoals.get(level));
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
    return ratio(movesOutcome(), movesGoal());
  }

  static OptionalDouble ratio(int outcome, int goal) {
    return goal == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) outcome / goal);
  }

  static FulfilmentLine total(LineKind kind, Optional<FocusArea> area, String label, Iterable<FulfilmentLine> parts) {
    int goal = 0;
    int outcome = 0;
    LevelCounts goals = LevelCounts.ZERO;
    LevelCounts outcomes = LevelCounts.ZERO;
    for (FulfilmentLine p : parts) {
      goal += p.goal;
      outcome += p.outcome;
      goals = goals.plus(p.levelGoals);
      outcomes = outcomes.plus(p.countedOutcomes);
    }
    return new FulfilmentLine(kind, area, Optional.empty(), label, goal, outcome, goals, outcomes);
  }
}
