package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.LevelCounts;

/**
 * The Swedish sentence that describes how a category's gaps changed since last year, in the
 * style of seed 002's "Förändring av kompetensgap … jämfört med föregående år": first the
 * quantitative need, then the levels, levels that changed alike named together ("god- och hög
 * nivå"). Built from the numbers only, so it is right by construction. Gaps are tillgång −
 * behov: negative is a shortage (a "kompetensgap"), positive a surplus ("överskott").
 */
public final class ChangeNarrative {
  private ChangeNarrative() {}

  /**
   * What happened at one level, in the order the sentence tells it: growing and new shortages
   * first, then shrinking ones, then surpluses (seed 002: "Det har uppstått ett mindre
   * kompetensgap på god nivå medan gapet på hög- och mycket hög nivå har minskat. Överskottet på
   * viss nivå har ökat.").
   */
  enum Change {
    GAP_GREW_MARKEDLY("har ökat markant"),
    GAP_GREW("har ökat"),
    NEW_GAP(""),
    GAP_TO_SURPLUS("har försvunnit och ersatts av ett överskott"),
    GAP_GONE("har försvunnit"),
    GAP_SHRANK_MARKEDLY("har minskat markant"),
    GAP_SHRANK("har minskat"),
    GAP_SAME("är detsamma som föregående år"),
    NEW_SURPLUS(""),
    SURPLUS_GREW("har ökat"),
    SURPLUS_SHRANK("har minskat"),
    SURPLUS_GONE("har försvunnit"),
    NONE("");

    final String predicate;

    Change(String predicate) {
      this.predicate = predicate;
    }
  }

  /**
   * A change is "markant" when the gap grew or shrank by at least half of what it was and by
   * at least 5 people: big enough that HR would remark on it, never for a change of one or two.
   */
  static boolean marked(int before, int after) {
    int delta = Math.abs(after - before);
    return delta >= 5 && 2 * delta >= before;
  }

  /** @param before last year's gap at the level, @param after this year's */
  static Change classify(int before, int after) {
    if (before < 0 && after < 0) {
      int b = -before;
      int a = -after;
      if (a > b) {
        return marked(b, a) ? Change.GAP_GREW_MARKEDLY : Change.GAP_GREW;
      }
      if (a < b) {
        return marked(b, a) ? Change.GAP_SHRANK_MARKEDLY : Change.GAP_SHRANK;
      }
      return Change.GAP_SAME;
    }
    if (before < 0) {
      return after == 0 ? Change.GAP_GONE : Change.GAP_TO_SURPLUS;
    }
    if (after < 0) {
      return Change.NEW_GAP;
    }
    if (before > 0 && after > 0) {
      return after > before ? Change.SURPLUS_GREW : after < before ? Change.SURPLUS_SHRANK : Change.NONE;
    }
    if (before > 0) {
      return Change.SURPLUS_GONE;
    }
    return after > 0 ? Change.NEW_SURPLUS : Change.NONE;
  }

  /**
   * @param goalBefore last year's kvantitativt mål (−gap total), @param goalAfter this year's
   * @param gapBefore last year's gap per level, @param gapAfter this year's
   */
  public static String describe(int goalBefore, int goalAfter, LevelCounts gapBefore, LevelCounts gapAfter) {
    StringBuilder sb = new StringBuilder(quantitative(goalBefore, goalAfter));
    Map<Change, List<Level>> byChange = new EnumMap<>(Change.class);
    for (Level l : Level.values()) {
      Change c = classify(gapBefore.get(l), gapAfter.get(l));
      if (c != Change.NONE) {
        byChange.computeIfAbsent(c, k -> new ArrayList<>()).add(l);
      }
    }
    List<String> clauses = new ArrayList<>();
    boolean first = true;
    for (Map.Entry<Change, List<Level>> e : byChange.entrySet()) {
      clauses.add(clause(e.getKey(), levels(e.getValue()), first));
      first = false;
    }
    if (clauses.isEmpty()) {
      return sb.append(" Kompetensgapen per nivå är desamma som föregående år.").toString();
    }
    sb.append(' ').append(capitalise(clauses.get(0)));
    if (clauses.size() > 1) {
      sb.append(" samtidigt som ").append(clauses.get(1));
    }
    sb.append('.');
    for (int i = 2; i < clauses.size(); i++) {
      sb.append(' ').append(capitalise(clauses.get(i))).append('.');
    }
    return sb.toString();
  }

  static String quantitative(int before, int after) {
    if (before > 0 && after > 0) {
      return after < before
          ? "Behovet av kvantitativ ökning har minskat."
          : after > before ? "Behovet av kvantitativ ökning har ökat." : "Behovet av kvantitativ ökning är detsamma som föregående år.";
    }
    if (before < 0 && after < 0) {
      return -after < -before
          ? "Behovet av kvantitativ minskning har minskat."
          : -after > -before ? "Behovet av kvantitativ minskning har ökat." : "Behovet av kvantitativ minskning är detsamma som föregående år.";
    }
    if (after > 0) {
      return "Det har uppstått ett behov av kvantitativ ökning.";
    }
    if (after < 0) {
      return before > 0
          ? "Behovet av kvantitativ ökning har ersatts av ett behov av minskning."
          : "Det har uppstått ett behov av kvantitativ minskning.";
    }
    if (before > 0) {
      return "Behovet av kvantitativ ökning har försvunnit.";
    }
    if (before < 0) {
      return "Behovet av kvantitativ minskning har försvunnit.";
    }
    return "Det finns fortfarande inget behov av kvantitativ förändring.";
  }

  private static String clause(Change c, String levels, boolean first) {
    return switch (c) {
      case NEW_GAP -> "det har uppstått ett kompetensgap på " + levels;
      case NEW_SURPLUS -> "det har uppstått ett överskott på " + levels;
      case SURPLUS_GREW, SURPLUS_SHRANK, SURPLUS_GONE -> "överskottet på " + levels + " " + c.predicate;
      default -> (first ? "kompetensgapet" : "gapet") + " på " + levels + " " + c.predicate;
    };
  }

  /** "god nivå", "god- och hög nivå", "god-, hög- och mycket hög nivå" (seed 002). */
  static String levels(List<Level> levels) {
    List<String> names = levels.stream().map(l -> l.label().toLowerCase(Locale.ROOT)).toList();
    if (names.size() == 1) {
      return names.get(0) + " nivå";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size() - 1; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(names.get(i)).append('-');
    }
    return sb.append(" och ").append(names.get(names.size() - 1)).append(" nivå").toString();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
