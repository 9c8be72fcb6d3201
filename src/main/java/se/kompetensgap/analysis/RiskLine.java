package se.kompetensgap.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Likelihood;

/**
 * The managers' risk assessments of one category summed over the units (seed 002 "Riskanalys"),
 * beside an indicator computed from the gap.
 *
 * @param area the focus area, empty for a category every area has (reported across areas)
 * @param operational how many units chose each consequence for Risk för verksamheten
 * @param operationalLikelihood how many chose each likelihood for it
 * @param workEnvironment the same for Risk för arbetsmiljön
 * @param workEnvironmentLikelihood the same for its likelihood
 * @param shortageShare moves to Hög + Mycket hög at 2 år as a share of the need at 2 år; empty
 *     where there is no need
 * @param singlePointOfFailure at most the configured number of people at Hög or above while
 *     the need there is not zero
 */
public record RiskLine(
    Optional<FocusArea> area,
    Category category,
    Map<Consequence, Integer> operational,
    Map<Likelihood, Integer> operationalLikelihood,
    Map<Consequence, Integer> workEnvironment,
    Map<Likelihood, Integer> workEnvironmentLikelihood,
    OptionalDouble shortageShare,
    boolean singlePointOfFailure,
    RiskLevel indicator) {

  public RiskLine {
    operational = new EnumMap<>(full(operational, Consequence.class));
    operationalLikelihood = new EnumMap<>(full(operationalLikelihood, Likelihood.class));
    workEnvironment = new EnumMap<>(full(workEnvironment, Consequence.class));
    workEnvironmentLikelihood = new EnumMap<>(full(workEnvironmentLikelihood, Likelihood.class));
  }

  private static <E extends Enum<E>> Map<E, Integer> full(Map<E, Integer> in, Class<E> type) {
    Map<E, Integer> out = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      out.put(e, in.getOrDefault(e, 0));
    }
    return out;
  }

  /** The most serious consequence any unit named, in either dimension. */
  public Optional<Consequence> mostSerious() {
    for (int i = Consequence.values().length - 1; i >= 0; i--) {
      Consequence c = Consequence.values()[i];
      if (operational.get(c) + workEnvironment.get(c) > 0) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The highest likelihood any unit named, in either dimension. */
  public Optional<Likelihood> highestLikelihood() {
    for (int i = Likelihood.values().length - 1; i >= 0; i--) {
      Likelihood l = Likelihood.values()[i];
      if (operationalLikelihood.get(l) + workEnvironmentLikelihood.get(l) > 0) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * Worst case likelihood × consequence, 1 to 9: the most serious consequence times the highest
   * likelihood any unit named; 0 when nobody rated the category. The worst case, because one
   * unit's serious risk is not made smaller by other units' mild ones.
   */
  public int score() {
    return mostSerious().map(Consequence::score).orElse(0)
        * highestLikelihood().map(Likelihood::score).orElse(0);
  }

  /** The managers' judgement as a traffic-light class; empty when nobody rated. */
  public Optional<RiskLevel> judgement() {
    return score() == 0 ? Optional.empty() : Optional.of(RiskLevel.ofScore(score()));
  }

  /** How many units rated the category at all (their most frequent dimension's count). */
  public int assessments() {
    int a = operational.values().stream().mapToInt(Integer::intValue).sum();
    int b = workEnvironment.values().stream().mapToInt(Integer::intValue).sum();
    return Math.max(a, b);
  }

  /** The shortage share for a cell: empty where there is no need. */
  public OptionalDouble shortareShareOrEmpty() {
    return shortageShare;
  }
}
