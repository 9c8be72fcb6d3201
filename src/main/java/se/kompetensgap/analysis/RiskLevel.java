package se.kompetensgap.analysis;

/** A traffic-light class of risk, shared by the managers' score and the gap-based indicator. */
public enum RiskLevel {
  LOW("Låg"),
  MEDIUM("Medel"),
  HIGH("Hög");

  private final String label;

  RiskLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The class of a likelihood × consequence score (1–9) in the usual 3×3 risk matrix: 1–2 green,
   * 3–4 yellow, 6–9 red.
   */
  public static RiskLevel ofScore(int score) {
    if (score >= 6) {
      return HIGH;
    }
    return score >= 3 ? MEDIUM : LOW;
  }
}
