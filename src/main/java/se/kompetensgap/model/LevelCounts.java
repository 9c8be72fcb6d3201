package se.kompetensgap.model;

import java.util.function.IntUnaryOperator;

/**
 * Head counts (or differences of head counts) per competence level. Used for supply, demand,
 * gaps and moves alike, so it does not forbid negative values; callers that read people's
 * input validate before they construct one.
 */
public record LevelCounts(int viss, int god, int hog, int mycketHog) {

  public static final LevelCounts ZERO = new LevelCounts(0, 0, 0, 0);

  public static LevelCounts of(int... perLevel) {
    if (perLevel.length != Level.values().length) {
      throw new IllegalArgumentException("expected 4 values, got " + perLevel.length);
    }
    return new LevelCounts(perLevel[0], perLevel[1], perLevel[2], perLevel[3]);
  }

  public int get(Level level) {
    return switch (level) {
      case VISS -> viss;
      case GOD -> god;
      case HOG -> hog;
      case MYCKET_HOG -> mycketHog;
    };
  }

  public int total() {
    return viss + god + hog + mycketHog;
  }

  public boolean isZero() {
    return viss == 0 && god == 0 && hog == 0 && mycketHog == 0;
  }

  public LevelCounts plus(LevelCounts other) {
    return new LevelCounts(
        viss + other.viss, god + other.god, hog + other.hog, mycketHog + other.mycketHog);
  }

  public LevelCounts minus(LevelCounts other) {
    return new LevelCounts(
        viss - other.viss, god - other.god, hog - other.hog, mycketHog - other.mycketHog);
  }

  public LevelCounts map(IntUnaryOperator f) {
    return new LevelCounts(
        f.applyAsInt(viss), f.applyAsInt(god), f.applyAsInt(hog), f.applyAsInt(mycketHog));
  }

  /** Shortfall per level that must be filled: max(0, −value) (SPEC §5, förflyttningar). */
  public LevelCounts shortfall() {
    return map(v -> Math.max(0, -v));
  }
}
