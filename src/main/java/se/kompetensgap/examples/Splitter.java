package se.kompetensgap.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Splits totals across units by random weights, so that the parts add up exactly. */
final class Splitter {
  private Splitter() {}

  /** {@code k} parts of a 3×4 table of totals; part i gets about weight i of every number. */
  static List<int[][]> split(int[][] totals, int k, Random random) {
    double[] w = new double[k];
    for (int i = 0; i < k; i++) {
      w[i] = 0.6 + random.nextDouble();
    }
    List<int[][]> parts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      parts.add(new int[totals.length][totals[0].length]);
    }
    for (int r = 0; r < totals.length; r++) {
      for (int c = 0; c < totals[r].length; c++) {
        int[] share = largestRemainder(totals[r][c], w);
        for (int i = 0; i < k; i++) {
          parts.get(i)[r][c] = share[i];
        }
      }
    }
    return parts;
  }

  /** Integer shares of {@code total} proportional to {@code w}, summing exactly to total. */
  static int[] largestRemainder(int total, double[] w) {
    double sum = Arrays.stream(w).sum();
    int[] share = new int[w.length];
    double[] rest = new double[w.length];
    int given = 0;
    for (int i = 0; i < w.length; i++) {
      double exact = total * w[i] / sum;
      share[i] = (int) Math.floor(exact);
      rest[i] = exact - share[i];
      given += share[i];
    }
    Integer[] order = IntStream.range(0, w.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -rest[i]).thenComparing(i -> i));
    for (int j = 0; j < total - given; j++) {
      share[order[j]]++;
    }
    return share;
  }
}
