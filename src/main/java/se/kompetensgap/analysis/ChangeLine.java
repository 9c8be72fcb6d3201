package se.kompetensgap.analysis;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.LevelCounts;

/**
 * One line of Förändring: a category's (or a total's) gap per level last year and this year,
 * at each horizon. A category missing in one year has gap 0 there.
 */
public record ChangeLine(
    LineKind kind,
    Optional<FocusArea> area,
    Optional<Category> category,
    String label,
    Map<Horizon, LevelCounts> gapBefore,
    Map<Horizon, LevelCounts> gapAfter) {

  public ChangeLine {
    Objects.requireNonNull(kind, "kind");
    gapBefore = Map.copyOf(gapBefore);
    gapAfter = Map.copyOf(gapAfter);
  }

  public LevelCounts change(Horizon h) {
    return gapAfter.get(h).minus(gapBefore.get(h));
  }

  /** The generated sentence for the horizon (seed 002 style). */
  public String sentence(Horizon h) {
    return ChangeNarrative.describe(
        -gapBefore.get(h).total(), -gapAfter.get(h).total(), gapBefore.get(h), gapAfter.get(h));
  }
}
