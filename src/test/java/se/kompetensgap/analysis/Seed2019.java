package se.kompetensgap.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seed 002 ("Rapport – Kompetensförsörjning", 2019), its "Kompetensgap" table typed in as
 * printed: GAP Viss, God, Hög, Mycket hög, Total at 2 år and at 5 år. Tests assert against these
 * numbers; they are never computed from the code under test.
 */
public final class Seed2019 {
  private Seed2019() {}

  /** category → {{gap 2 år per level…, total}, {gap 5 år per level…, total}} */
  public static final Map<String, int[][]> GAPS = new LinkedHashMap<>();

  static {
    GAPS.put("Sektionschef", new int[][] {{9, 5, -14, -4, -4}, {8, 4, -16, -5, -9}});
    GAPS.put("Socialsekreterare ekonomiskt bistånd", new int[][] {{32, -56, 21, -4, -7}, {25, -61, 18, -6, -24}});
    GAPS.put("Socialsekreterare familjehem", new int[][] {{-1, 9, -4, -5, -1}, {-1, 8, -5, -5, -3}});
    GAPS.put("Socialsekreterare myndighet barn och unga", new int[][] {{62, 2, -58, -14, -8}, {61, -2, -63, -16, -20}});
    GAPS.put("Socialsekreterare samtal och behandling", new int[][] {{3, -3, -7, 4, -3}, {2, -4, -9, 3, -8}});
    GAPS.put("Socialsekreterare stöd och råd barn och unga", new int[][] {{5, 1, -5, -3, -2}, {5, 1, -6, -4, -4}});
    GAPS.put("Socialsekreterare myndighet vuxna", new int[][] {{0, 28, -34, 3, -3}, {-1, 26, -36, 2, -9}});
    GAPS.put("Socialsekreterare stöd och råd vuxna", new int[][] {{0, 3, -3, -1, -1}, {0, 2, -3, -1, -2}});
  }

  /** Seed 002 "Kompetensmål": kvantitativt mål at 2 år and 5 år ("Sektionschef 5 år – 9"). */
  public static final Map<String, int[]> QUANTITATIVE_GOALS = new LinkedHashMap<>();

  static {
    QUANTITATIVE_GOALS.put("Sektionschef", new int[] {4, 9});
    QUANTITATIVE_GOALS.put("Socialsekreterare ekonomiskt bistånd", new int[] {7, 24});
    QUANTITATIVE_GOALS.put("Socialsekreterare familjehem", new int[] {1, 3});
    QUANTITATIVE_GOALS.put("Socialsekreterare myndighet barn och unga", new int[] {8, 20});
    QUANTITATIVE_GOALS.put("Socialsekreterare samtal och behandling", new int[] {3, 8});
    QUANTITATIVE_GOALS.put("Socialsekreterare stöd och råd barn och unga", new int[] {2, 4});
    QUANTITATIVE_GOALS.put("Socialsekreterare myndighet vuxna", new int[] {3, 9});
    QUANTITATIVE_GOALS.put("Socialsekreterare stöd och råd vuxna", new int[] {1, 2});
  }

  /** Seed 002 "Bedömt behov av fördelning" in whole percent (Viss, God, Hög, Mycket hög). */
  public static final Map<String, int[]> DISTRIBUTION = new LinkedHashMap<>();

  static {
    DISTRIBUTION.put("Sektionschef", new int[] {7, 28, 50, 15});
    DISTRIBUTION.put("Socialsekreterare ekonomiskt bistånd", new int[] {15, 50, 20, 15});
    DISTRIBUTION.put("Socialsekreterare familjehem", new int[] {7, 24, 41, 28});
    DISTRIBUTION.put("Socialsekreterare myndighet barn och unga", new int[] {10, 30, 40, 20});
    DISTRIBUTION.put("Socialsekreterare samtal och behandling", new int[] {7, 27, 46, 20});
    DISTRIBUTION.put("Socialsekreterare stöd och råd barn och unga", new int[] {7, 32, 39, 22});
    DISTRIBUTION.put("Socialsekreterare myndighet vuxna", new int[] {10, 30, 50, 10});
    DISTRIBUTION.put("Socialsekreterare stöd och råd vuxna", new int[] {10, 40, 40, 10});
  }
}
