package se.kompetensgap.cli;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Menade du …?" for a misspelt command or flag (issue 14), and the spelling without å, ä and ö
 * that the command line accepts as well: {@code --foregående} is {@code --foregaende}.
 */
final class DidYouMean {
  private DidYouMean() {}

  /** The known word closest to {@code typed}, if it is close enough to be a typo of it. */
  static Optional<String> closest(String typed, Collection<String> known) {
    String t = plain(typed);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(t, plain(k));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    // A typo is a few letters off; "exempel" is not a typo of "mall".
    int allowed = Math.max(1, Math.min(3, t.length() / 3));
    return bestDistance <= allowed || (best != null && plain(best).startsWith(t) && t.length() >= 3)
        ? Optional.ofNullable(best)
        : Optional.empty();
  }

  /** The word as the program spells its commands and flags: lower case, å/ä → a, ö → o, é → e. */
  static String plain(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "");
  }

  /** A flag's name spelt plainly ({@code --foregående=X} → {@code --foregaende=X}); values untouched. */
  static String plainFlag(String arg) {
    if (!arg.startsWith("--") || arg.length() == 2) {
      return arg;
    }
    int eq = arg.indexOf('=');
    return eq < 0 ? plain(arg) : plain(arg.substring(0, eq)) + arg.substring(eq);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
