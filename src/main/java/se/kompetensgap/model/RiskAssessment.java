package se.kompetensgap.model;

import java.util.Objects;

/**
 * One row of the Risk table. Any rating may be missing (null) when the manager left it blank.
 */
public record RiskAssessment(
    Category category,
    Consequence operationalRisk,
    Likelihood operationalLikelihood,
    Consequence workEnvironmentRisk,
    Likelihood workEnvironmentLikelihood,
    String comment) {

  public RiskAssessment {
    Objects.requireNonNull(category, "category");
    comment = comment == null ? "" : comment.strip();
  }

  public boolean isEmpty() {
    return operationalRisk == null
        && operationalLikelihood == null
        && workEnvironmentRisk == null
        && workEnvironmentLikelihood == null
        && comment.isEmpty();
  }
}
