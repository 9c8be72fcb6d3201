package se.kompetensgap.analysis;

import java.util.Locale;
import se.kompetensgap.config.Configuration;

/**
 * The limits HR sets in the configuration's [Inställningar] for the risk indicator, the summary
 * text and the Koll comparison. Shares are fractions (0.25 = 25 %).
 *
 * @param indicatorMedium shortage at Hög + Mycket hög as a share of need (2 år) from which the
 *     gap-based indicator says Medel
 * @param indicatorHigh the same share from which it says Hög
 * @param singlePointMax at most this many people at Hög or above is a single point of failure
 * @param largeGapShare a category's moves, as a share of the largest category's, from which the
 *     summary counts its gap among the large ones (seed 002: "men även inom kategorierna …")
 * @param lowCoverage mapped head count as a share of HR's head count below which Koll flags it
 */
public record Thresholds(
    double indicatorMedium, double indicatorHigh, int singlePointMax, double largeGapShare, double lowCoverage) {

  public static final String INDICATOR_MEDIUM = "Riskindikator medel från";
  public static final String INDICATOR_HIGH = "Riskindikator hög från";
  public static final String SINGLE_POINT_MAX = "Sårbar vid högst antal på hög nivå";
  public static final String LARGE_GAP_SHARE = "Stort kvalitativt gap från andel av största";
  public static final String LOW_COVERAGE = "Koll låg täckning under";

  public static final Thresholds DEFAULTS = new Thresholds(0.10, 0.25, 1, 0.25, 0.90);

  public Thresholds {
    if (!(indicatorMedium >= 0 && indicatorMedium <= indicatorHigh)) {
      throw new IllegalArgumentException("indicator thresholds out of order");
    }
  }

  public static Thresholds of(Configuration config) {
    return new Thresholds(
        share(config, INDICATOR_MEDIUM, DEFAULTS.indicatorMedium),
        share(config, INDICATOR_HIGH, DEFAULTS.indicatorHigh),
        (int) Math.round(number(config, SINGLE_POINT_MAX, DEFAULTS.singlePointMax)),
        share(config, LARGE_GAP_SHARE, DEFAULTS.largeGapShare),
        share(config, LOW_COVERAGE, DEFAULTS.lowCoverage));
  }

  /** "25 %", "25%", "0,25" and "0.25" all mean a quarter. */
  static double share(Configuration config, String key, double fallback) {
    String raw = config.setting(key, "").strip();
    if (raw.isEmpty()) {
      return fallback;
    }
    boolean percent = raw.endsWith("%");
    double v = parse(raw.replace("%", "").strip(), fallback);
    return percent || v > 1 ? v / 100 : v;
  }

  static double number(Configuration config, String key, double fallback) {
    return parse(config.setting(key, "").strip(), fallback);
  }

  private static double parse(String s, double fallback) {
    try {
      return s.isEmpty() ? fallback : Double.parseDouble(s.replace(',', '.').replace(" ", ""));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Low / medium / high from a share of need, for the gap-based indicator. */
  public RiskLevel indicatorLevel(double share) {
    if (share >= indicatorHigh) {
      return RiskLevel.HIGH;
    }
    return share >= indicatorMedium ? RiskLevel.MEDIUM : RiskLevel.LOW;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.2f/%.2f/%d/%.2f/%.2f", indicatorMedium, indicatorHigh, singlePointMax, largeGapShare, lowCoverage);
  }
}
