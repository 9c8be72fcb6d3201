package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.Scope;
import se.kompetensgap.model.report.ReportWorkbook.FulfilmentRow;
import se.kompetensgap.model.report.ReportWorkbook.GapRow;
import se.kompetensgap.model.report.ReportWorkbook.GoalRow;
import se.kompetensgap.model.report.ReportWorkbook.KollRow;
import se.kompetensgap.model.report.ReportWorkbook.KollTable;
import se.kompetensgap.model.report.ReportWorkbook.LongTermTable;
import se.kompetensgap.model.report.ReportWorkbook.RiskRow;
import se.kompetensgap.model.report.ReportWorkbook.RowKind;

/**
 * The sentences of the nämnd's report (issue 12), from the numbers the workbook shows, in the
 * style of seed 002 ("Rapport – Kompetensförsörjning") and seed 000 ("Utvärdering av
 * kompetensmål"). Pure text: no POI, testable with plain numbers.
 */
public final class ReportText {
  private ReportText() {}

  private static final Locale SV = Locale.forLanguageTag("sv-SE");
  /** U+2212: the minus sign a printed report uses, not the hyphen. */
  public static final String MINUS = "\u2212";
  /** A space that keeps "7 %" on one line. */
  public static final String NBSP = "\u00a0";
  /**
   * A category needs at least this many moves (2 år) to be called a large gap, whatever the
   * share of the largest: "stort kompetensgap" for one or two people would mislead the nämnd.
   */
  public static final int LARGE_GAP_MIN_MOVES = 5;

  // --- numbers and words ---

  /** A signed whole number with a real minus sign: "−14", "0", "9". */
  public static String signed(int n) {
    return n < 0 ? MINUS + (-n) : Integer.toString(n);
  }

  /** "1 person", "2 personer". */
  public static String people(int n) {
    return count(n, "person", "personer");
  }

  public static String count(int n, String singular, String plural) {
    return n + " " + (Math.abs(n) == 1 ? singular : plural);
  }

  /** outcome / goal in whole percent, "64 %", "−43 %"; a goal of 0 has no percentage. */
  public static String percentOf(int outcome, int goal) {
    long p = Math.round(100.0 * outcome / goal);
    return (p < 0 ? MINUS + (-p) : Long.toString(p)) + NBSP + "%";
  }

  /**
   * Shares as whole percent that add up to 100 (largest remainder), so that "Viss 7 %, God 28 %,
   * Hög 50 %, Mycket hög 15 %" never sums to 99 or 101 by rounding.
   */
  public static int[] wholePercent(List<Double> shares) {
    int n = shares.size();
    int[] out = new int[n];
    double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
    if (sum <= 0) {
      return out;
    }
    double[] exact = new double[n];
    int total = 0;
    for (int i = 0; i < n; i++) {
      exact[i] = 100.0 * shares.get(i) / sum;
      out[i] = (int) Math.floor(exact[i]);
      total += out[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> out[i] - exact[i]).thenComparing(i -> i));
    for (int k = 0; k < 100 - total && k < n; k++) {
      out[order.get(k)]++;
    }
    return out;
  }

  /** Seed 002's "Bedömt behov av fördelning": "Viss: 7 %, God: 28 %, Hög: 50 %, Mycket hög: 15 %". */
  public static String distribution(List<Double> shares) {
    int[] p = wholePercent(shares);
    List<String> parts = new ArrayList<>();
    for (Level l : Level.values()) {
      parts.add(l.label() + ": " + p[l.ordinal()] + NBSP + "%");
    }
    return String.join(", ", parts);
  }

  /** "hög nivå", "viss- och god nivå", "god-, hög- och mycket hög nivå" (seed 002's style). */
  public static String levels(List<Level> levels) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      String name = levels.get(i).label().toLowerCase(SV);
      names.add(i < levels.size() - 1 ? name + "-" : name);
    }
    return join(names) + " nivå";
  }

  /** "a, b och c" */
  public static String join(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " och " + items.get(items.size() - 1);
  }

  /** Category names are common nouns: lower case inside a sentence (seed 002). */
  public static String name(String category) {
    return category.isEmpty() ? category : category.substring(0, 1).toLowerCase(SV) + category.substring(1);
  }

  // --- Kompetensmål: the direction of the moves ---

  /**
   * Seed 002, "Kommentar Mål/delmål": "Det innebär att förflyttningar behöver göras från viss- och
   * god nivå till hög- och mycket hög nivå." From the gap per level: a surplus (gap &gt; 0) is
   * where people can move from, a shortage (gap &lt; 0) where they are needed.
   */
  public static String direction(List<Integer> gap) {
    List<Level> surplus = new ArrayList<>();
    List<Level> shortage = new ArrayList<>();
    for (Level l : Level.values()) {
      int g = gap.get(l.ordinal());
      if (g > 0) {
        surplus.add(l);
      } else if (g < 0) {
        shortage.add(l);
      }
    }
    if (shortage.isEmpty()) {
      return "Tillgången täcker behovet på varje nivå, så inga förflyttningar behövs.";
    }
    if (surplus.isEmpty()) {
      return "Det innebär att kompetens behöver tillföras på " + levels(shortage) + ", genom utveckling eller rekrytering.";
    }
    // Upward moves: from a surplus level to a shortage level above it.
    int highestShortage = shortage.get(shortage.size() - 1).ordinal();
    int lowestSurplus = surplus.get(0).ordinal();
    List<Level> from = surplus.stream().filter(l -> l.ordinal() < highestShortage).toList();
    List<Level> to = shortage.stream().filter(l -> l.ordinal() > lowestSurplus).toList();
    List<Level> otherShortage = shortage.stream().filter(l -> !to.contains(l)).toList();
    List<Level> otherSurplus = surplus.stream().filter(l -> !from.contains(l)).toList();
    if (from.isEmpty()) {
      return "Det innebär att det finns en brist på " + levels(shortage) + " och ett överskott på " + levels(surplus) + ".";
    }
    String s = "Det innebär att förflyttningar behöver göras från " + levels(from) + " till " + levels(to) + ".";
    if (!otherShortage.isEmpty() && !otherSurplus.isEmpty()) {
      s += " Därutöver finns en brist på " + levels(otherShortage) + " och ett överskott på " + levels(otherSurplus) + ".";
    } else if (!otherShortage.isEmpty()) {
      s += " Därutöver finns en brist på " + levels(otherShortage) + ".";
    } else if (!otherSurplus.isEmpty()) {
      s += " Därutöver finns ett överskott på " + levels(otherSurplus) + ".";
    }
    return s;
  }

  /** Seed 002's "Kommentar Mål/delmål" for one category: the goal, the distribution, the direction. */
  public static List<String> goalComment(GoalRow two, GoalRow five, List<Double> distribution, List<Integer> gapTwo) {
    List<String> out = new ArrayList<>();
    out.add("Kvantitativt mål: " + quantitative(two.quantitativeGoal()) + " på 2 års sikt (till " + two.targetYear() + ") och "
        + quantitative(five.quantitativeGoal()) + " på 5 års sikt (till " + five.targetYear() + ").");
    if (!distribution.isEmpty()) {
      out.add("Kvalitativt mål är att fördelningen av kompetensnivåerna på 2 års sikt ska vara följande: "
          + distribution(distribution) + ".");
    }
    out.add("Kompetensförflyttningar på 2 års sikt: " + moves(two.moves()) + "; på 5 års sikt: " + moves(five.moves()) + ".");
    out.add(direction(gapTwo));
    return out;
  }

  /** "14 till hög nivå och 4 till mycket hög nivå", "inga". */
  public static String moves(List<Integer> moves) {
    List<String> parts = new ArrayList<>();
    for (Level l : Level.values()) {
      int m = moves.get(l.ordinal());
      if (m > 0) {
        parts.add(m + " till " + l.label().toLowerCase(SV) + " nivå");
      }
    }
    return parts.isEmpty() ? "inga" : join(parts);
  }

  /** "utöka med 4 personer", "minska med 1 person", "ingen kvantitativ förändring". */
  public static String quantitative(int goal) {
    if (goal > 0) {
      return "utöka med " + people(goal);
    }
    if (goal < 0) {
      return "minska med " + people(-goal);
    }
    return "ingen kvantitativ förändring";
  }

  // --- Kompetensgap and Kompetensmål: the comments on the whole ---

  /** A category and its moves on 2 års sikt (from the Kompetensmal table as it stands). */
  public record Moves(String category, int moves) {}

  /**
   * "Kommentar kompetensgap": where the qualitative gap is largest (ties named as ties), which
   * categories also have a large gap, which a smaller one and which none.
   *
   * @param largeShare a category's gap is large from this share of the largest (configuration)
   */
  public static List<String> gapComment(List<Moves> moves, double largeShare, int quantitativeTwo, int quantitativeFive) {
    return gapComment(moves, largeShare, quantitativeTwo, quantitativeFive, Scope.ADMINISTRATION);
  }

  /** @param scope whom the quantitative sentence names: "Förvaltningen", a roll-up's "Malmö stad" */
  public static List<String> gapComment(
      List<Moves> moves, double largeShare, int quantitativeTwo, int quantitativeFive, Scope scope) {
    List<String> out = new ArrayList<>();
    out.add(scope.subject() + " behöver sammantaget " + change(quantitativeTwo) + " på 2 års sikt och "
        + change(quantitativeFive) + " på 5 års sikt än i dag (kvantitativt mål).");
    List<Moves> sorted = moves.stream().sorted(Comparator.comparingInt(Moves::moves).reversed()).toList();
    if (sorted.isEmpty() || sorted.get(0).moves() == 0) {
      out.add("Inget kvalitativt kompetensgap finns på 2 års sikt: tillgången täcker behovet på varje nivå.");
      return out;
    }
    int max = sorted.get(0).moves();
    List<String> largest = sorted.stream().filter(m -> m.moves() == max).map(m -> name(m.category())).toList();
    String moveWord = count(max, "förflyttning", "förflyttningar");
    if (largest.size() == 1) {
      out.add("Det kvalitativa kompetensgapet är som störst inom yrkeskategorin " + largest.get(0) + ", där "
          + moveWord + " behövs på 2 års sikt.");
    } else {
      out.add("Det kvalitativa kompetensgapet är lika stort inom yrkeskategorierna " + join(largest) + ", där "
          + moveWord + " behövs i varje på 2 års sikt.");
    }
    int threshold = Math.max(LARGE_GAP_MIN_MOVES, (int) Math.ceil(largeShare * max));
    List<String> large = new ArrayList<>();
    List<String> small = new ArrayList<>();
    List<String> none = new ArrayList<>();
    for (Moves m : sorted) {
      if (m.moves() == max) {
        continue;
      }
      if (m.moves() == 0) {
        none.add(name(m.category()));
      } else if (m.moves() >= threshold) {
        large.add(name(m.category()) + " (" + m.moves() + ")");
      } else {
        small.add(name(m.category()));
      }
    }
    if (max < LARGE_GAP_MIN_MOVES) {
      out.set(out.size() - 1, out.get(out.size() - 1) + " Gapen är små i alla yrkeskategorier.");
    }
    if (!large.isEmpty()) {
      out.add("Även inom " + (large.size() == 1 ? "yrkeskategorin " : "yrkeskategorierna ") + join(large)
          + " finns stora kompetensgap, räknat i förflyttningar på 2 års sikt.");
    }
    if (!small.isEmpty()) {
      out.add("Mindre kompetensgap finns hos " + join(small) + ".");
    }
    if (!none.isEmpty()) {
      out.add("Inga förflyttningar behövs för " + join(none) + ".");
    }
    return out;
  }

  /** "29 fler medarbetare", "1 medarbetare färre", "lika många medarbetare". */
  static String change(int goal) {
    if (goal > 0) {
      return goal + " fler medarbetare";
    }
    if (goal < 0) {
      return (-goal) + " medarbetare färre";
    }
    return "lika många medarbetare";
  }

  /** "Kommentar kompetensmål": the moves in total and where the need is greatest. */
  public static List<String> goalsComment(int movesTwo, int movesFive, int highTwo, List<Moves> moves, double largeShare) {
    List<String> out = new ArrayList<>();
    String high = movesTwo == 0 ? ""
        : movesTwo == 1 ? (highTwo == 1 ? " Den gäller hög eller mycket hög nivå." : " Den gäller viss eller god nivå.")
        : " Av förflyttningarna på 2 års sikt gäller " + highTwo + " hög eller mycket hög nivå.";
    out.add("Kompetensmålen innebär totalt " + count(movesTwo, "kompetensförflyttning", "kompetensförflyttningar")
        + " på 2 års sikt och " + movesFive + " på 5 års sikt." + high);
    List<Moves> sorted = moves.stream().filter(m -> m.moves() > 0).sorted(Comparator.comparingInt(Moves::moves).reversed()).toList();
    if (sorted.isEmpty()) {
      return out;
    }
    int max = sorted.get(0).moves();
    int threshold = Math.max(LARGE_GAP_MIN_MOVES, (int) Math.ceil(largeShare * max));
    List<String> greatest = sorted.stream().filter(m -> m.moves() >= threshold).map(m -> name(m.category())).toList();
    List<String> rest = sorted.stream().filter(m -> m.moves() < threshold).map(m -> name(m.category())).toList();
    if (!greatest.isEmpty()) {
      out.add("Störst behov av kompetensförflyttning finns inom " + (greatest.size() == 1 ? "yrkeskategorin " : "yrkeskategorierna ")
          + join(greatest) + ".");
    }
    if (!rest.isEmpty()) {
      out.add("Behov av kompetensförflyttningar finns " + (greatest.isEmpty() ? "" : "även ") + "i mindre omfattning inom "
          + (rest.size() == 1 ? "yrkeskategorin " : "yrkeskategorierna ") + join(rest) + ".");
    }
    return out;
  }

  // --- Utvärdering av kompetensmål (seed 000, 1.3) ---

  /** The goal cell: "Kvantitativt: till 2019 utöka med 20", "Kompetensförflyttningar:", "42 till hög nivå". */
  public static List<String> fulfilmentGoal(FulfilmentRow row, int goalYear) {
    List<String> out = new ArrayList<>();
    out.add("Kvantitativt: till " + goalYear + " " + quantitative(row.goal()));
    List<String> levels = new ArrayList<>();
    for (Level l : Level.values()) {
      int g = row.levelGoals().get(l.ordinal());
      if (g > 0) {
        levels.add(g + " till " + l.label().toLowerCase(SV) + " nivå");
      }
    }
    if (levels.isEmpty()) {
      out.add("Inga kompetensförflyttningar");
    } else {
      out.add("Kompetensförflyttningar:");
      out.addAll(levels);
    }
    return out;
  }

  /** The outcome cell: "Utökat med 12 (60 % av målet)", "31 till hög nivå (74 % av målet)". */
  public static List<String> fulfilmentOutcome(FulfilmentRow row) {
    List<String> out = new ArrayList<>();
    if (row.outcome().isEmpty()) {
      out.add("Kan inte mätas");
    } else {
      int o = row.outcome().getAsInt();
      String s = o > 0 ? "Utökat med " + o : o < 0 ? "Minskat med " + (-o) : "Ingen kvantitativ förändring";
      if (row.goal() != 0) {
        s += " (" + percentOf(o, row.goal()) + " av målet)";
      }
      out.add(s);
    }
    List<String> levels = new ArrayList<>();
    for (Level l : Level.values()) {
      int g = row.levelGoals().get(l.ordinal());
      if (g <= 0) {
        continue;
      }
      OptionalInt o = row.levelOutcomes().get(l.ordinal());
      String level = l.label().toLowerCase(SV) + " nivå";
      if (o.isEmpty()) {
        levels.add(level + ": kan inte mätas");
      } else {
        int v = o.getAsInt();
        String s = v >= 0 ? v + " till " + level : (-v) + " färre på " + level;
        levels.add(s + " (" + percentOf(v, g) + " av målet)");
      }
    }
    if (!levels.isEmpty()) {
      out.add("Kompetensförflyttningar:");
      out.addAll(levels);
    }
    return out;
  }

  // --- Utvärdering av kompetensmål: earlier years' goals (issue 13 §2) ---

  /** "Långsiktiga mål (5 år)"; with a two-year goal at its end also, "Tidigare års mål (2 och 5 år)". */
  public static String longTermHeading(List<LongTermTable> tables) {
    List<Integer> horizons = tables.stream().map(LongTermTable::horizonYears).distinct().sorted().toList();
    if (horizons.size() == 1 && horizons.get(0) == 5) {
      return "Långsiktiga mål (5 år)";
    }
    return "Tidigare års mål (" + join(horizons.stream().map(String::valueOf).toList()) + " år)";
  }

  /** The paragraph under the heading: what is measured, and against what. */
  public static String longTermIntroduction(int year, Scope scope) {
    return "Utöver förra årets mål på 2 års sikt följs här de mål upp som sattes tidigare år och som ännu gäller: "
        + "mål på 5 års sikt vars målår inte har passerats, och mål vars målår är " + year + " (slutresultat). "
        + "Utfallet är tillgången " + year + " minus tillgången det år målet sattes, för " + scope.whole() + ", "
        + "alltså en nettoförändring där utveckling, rekrytering och avgångar ingår.";
  }

  /** "Mål på 5 års sikt, satta 2024 (till 2029): delresultat 2026, efter 2 av 5 år". */
  public static String longTermLabel(LongTermTable t) {
    String head = "Mål på " + t.horizonYears() + " års sikt, satta " + t.goalSetYear() + " (till " + t.targetYear() + "): ";
    return head + (t.isFinal()
        ? "slutresultat " + t.outcomeYear()
        : "delresultat " + t.outcomeYear() + ", efter " + t.yearsPassed() + " av " + t.horizonYears() + " år");
  }

  /**
   * Seed 000's style for the förvaltning's line: "Målet för 2029 sattes 2024. Hittills har
   * tillgången ökat med 12 av 20, 60 % av målet." and the moves in a second sentence; a final
   * result in the past tense. Without the förvaltning's line (HR removed it), the first sentence.
   */
  public static String longTermSummary(LongTermTable t) {
    StringBuilder b = new StringBuilder();
    if (t.isFinal()) {
      b.append("Målet för ").append(t.targetYear()).append(" sattes ").append(t.goalSetYear())
          .append(", och ").append(t.outcomeYear()).append(" är målåret: det här är slutresultatet.");
    } else {
      b.append("Målet för ").append(t.targetYear()).append(" sattes ").append(t.goalSetYear()).append('.');
    }
    t.administrationTotal().ifPresent(total -> {
      b.append(' ').append(quantitativeSoFar(total.goal(), total.outcome(), t.isFinal()));
      String moves = movesSoFar(total.movesGoal(), total.movesOutcome(), t.isFinal());
      if (!moves.isEmpty()) {
        b.append(' ').append(moves);
      }
    });
    return b.toString();
  }

  /** The förvaltning's quantitative outcome against its goal, so far or final. */
  static String quantitativeSoFar(int goal, OptionalInt outcome, boolean isFinal) {
    if (outcome.isEmpty()) {
      return isFinal ? "Utfallet kunde inte mätas." : "Utfallet kan inte mätas ännu.";
    }
    int o = outcome.getAsInt();
    String start = isFinal ? "Tillgången " : "Hittills har tillgången ";
    String share = goal == 0 ? "" : ", " + percentOf(o, goal) + " av målet";
    String verbUp = isFinal ? "ökade" : "ökat";
    String verbDown = isFinal ? "minskade" : "minskat";
    if (o == 0) {
      String same = isFinal ? "Tillgången blev oförändrad" : "Hittills är tillgången oförändrad";
      return goal == 0 ? same + ", som målet var." : same + "; målet " + (isFinal ? "var" : "är") + " att " + quantitative(goal) + ".";
    }
    if (goal == 0) {
      return start + (o > 0 ? verbUp + " med " + o : verbDown + " med " + (-o)) + ", fast målet "
          + (isFinal ? "var" : "är") + " ingen kvantitativ förändring.";
    }
    if (Integer.signum(o) == Integer.signum(goal)) {
      return start + (o > 0 ? verbUp : verbDown) + " med " + Math.abs(o) + " av " + Math.abs(goal) + share + ".";
    }
    return start + "i stället " + (o > 0 ? verbUp : verbDown) + " med " + Math.abs(o) + "; målet " + (isFinal ? "var" : "är")
        + " att " + quantitative(goal) + " (" + percentOf(o, goal) + " av målet).";
  }

  /** "Av 35 kompetensförflyttningar har hittills 10 gjorts, 29 % av målet."; "" without a goal. */
  static String movesSoFar(int goal, OptionalInt outcome, boolean isFinal) {
    if (goal <= 0 || outcome.isEmpty()) {
      return "";
    }
    int o = outcome.getAsInt();
    String of = "Av " + count(goal, "kompetensförflyttning", "kompetensförflyttningar");
    if (o >= 0) {
      return of + (isFinal ? " gjordes " : " har hittills ") + o + (isFinal ? "" : " gjorts") + ", " + percentOf(o, goal) + " av målet.";
    }
    return of + (isFinal ? " gjordes inga; " : " har hittills inga gjorts; ") + "i stället " + (isFinal ? "blev" : "har")
        + " kompetensnivåerna " + (isFinal ? "lägre" : "sjunkit") + " (" + percentOf(o, goal) + " av målet).";
  }

  /** The table's share column: "60 %", or "–" without a goal or an outcome. */
  public static String shareOfGoal(int goal, OptionalInt outcome) {
    return goal == 0 || outcome.isEmpty() ? "–" : percentOf(outcome.getAsInt(), goal);
  }

  /** A signed number, or "–" for a blank cell. */
  public static String signedOrDash(OptionalInt n) {
    return n.isEmpty() ? "–" : signed(n.getAsInt());
  }

  // --- Utvärdering av kompetensmål: the mapping beside Koll (issue 13 §3) ---

  /** The paragraph under the heading: what is compared, and whether they agree. */
  public static String kollIntroduction(KollTable k) {
    long categories = k.rows().stream().filter(r -> r.kind() == RowKind.CATEGORY).count();
    int flagged = k.flagged().size();
    String what = "Förändringen av tillgången enligt kartläggningen " + k.previousYear() + "–" + k.year()
        + " jämförs med förändringen av antalet anställda enligt statistikverktyget Koll för "
        + count((int) categories, "yrkeskategori", "yrkeskategorier") + ".";
    if (flagged == 0) {
      return what + " Kartläggningen och Koll stämmer överens" + (categories == 1 ? "." : " för alla.");
    }
    return what;
  }

  /**
   * Seed 000: "Enligt gapanalys utökat med 61. Enligt Koll … minskning med −16." For a flagged
   * line: "Enligt kartläggningen ökade antalet inom yrkeskategorin socialsekreterare ekonomiskt
   * bistånd med 61 från 2025 till 2026. Enligt Koll minskade antalet med 16." and the sheet's
   * remark as it stands.
   */
  public static String kollComparison(KollRow r, int previousYear, int year) {
    String who = r.kind() == RowKind.TOTAL ? "sammantaget för de jämförda yrkeskategorierna" : "inom yrkeskategorin " + name(r.category());
    int m = r.mappedChange();
    String mapped = m == 0
        ? "Enligt kartläggningen var antalet " + who + " oförändrat från " + previousYear + " till " + year + "."
        : "Enligt kartläggningen " + (m > 0 ? "ökade" : "minskade") + " antalet " + who + " med " + Math.abs(m) + " från "
            + previousYear + " till " + year + ".";
    int k = r.kollChange();
    String koll = k == 0 ? "Enligt Koll har ingen kvantitativ förändring skett."
        : "Enligt Koll " + (k > 0 ? "ökade" : "minskade") + " antalet med " + Math.abs(k) + ".";
    String remark = r.remark().strip();
    if (!remark.isEmpty() && !remark.endsWith(".") && !remark.endsWith("!") && !remark.endsWith("?")) {
      remark += ".";
    }
    return mapped + " " + koll + (remark.isEmpty() ? "" : " " + remark);
  }

  // --- Riskanalys ---

  /**
   * One dimension of a category's risk as the seed's table shows it: the value most units chose
   * (a tie goes to the more serious), and how many chose it when the units disagree:
   * "Mindre allvarlig", "Låg (11 av 14 enheter)".
   */
  public static String riskValue(List<Integer> counts, boolean consequence) {
    int total = counts.stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return "Ej bedömd";
    }
    int best = 0;
    for (int i = 1; i < counts.size(); i++) {
      if (counts.get(i) >= counts.get(best)) {
        best = i;
      }
    }
    String label = consequence ? Consequence.values()[best].label() : Likelihood.values()[best].label();
    int n = counts.get(best);
    return n == total ? label : label + " (" + n + " av " + count(total, "enhet", "enheter") + ")";
  }

  /** The most serious consequence any unit gave, over both dimensions; −1 if none. */
  public static int worstConsequence(RiskRow r) {
    int worst = -1;
    for (List<Integer> l : List.of(r.operational(), r.workEnvironment())) {
      for (int i = 0; i < l.size(); i++) {
        if (l.get(i) > 0) {
          worst = Math.max(worst, i);
        }
      }
    }
    return worst;
  }

  /** "Kommentar riskanalys": the categories by the most common judgement of consequence. */
  public static List<String> riskComment(List<RiskRow> rows) {
    List<String> serious = new ArrayList<>();
    List<String> less = new ArrayList<>();
    List<String> not = new ArrayList<>();
    for (RiskRow r : rows) {
      int op = mostCommon(r.operational());
      int we = mostCommon(r.workEnvironment());
      int v = Math.max(op, we);
      if (v == 2) {
        serious.add(name(r.category()));
      } else if (v == 1) {
        less.add(name(r.category()));
      } else if (v == 0) {
        not.add(name(r.category()));
      }
    }
    List<String> out = new ArrayList<>();
    if (!serious.isEmpty()) {
      out.add("Riskerna bedöms som allvarliga för " + join(serious) + ".");
    }
    if (!less.isEmpty()) {
      out.add((serious.isEmpty() ? "Riskerna bedöms som mindre allvarliga för " : "Mindre allvarliga risker bedöms finnas för ")
          + join(less) + ".");
    }
    if (!not.isEmpty()) {
      out.add("För " + join(not) + " bedöms riskerna inte som allvarliga.");
    }
    if (out.isEmpty()) {
      out.add("Ingen enhet har gjort någon riskbedömning.");
    }
    return out;
  }

  private static int mostCommon(List<Integer> counts) {
    int total = counts.stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return -1;
    }
    int best = 0;
    for (int i = 1; i < counts.size(); i++) {
      if (counts.get(i) >= counts.get(best)) {
        best = i;
      }
    }
    return best;
  }

  // --- helpers for callers ---

  /** The moves of a category's 2-year gap: the sum of its shortages. */
  public static int moves(GapRow row) {
    return row.gap().stream().mapToInt(g -> Math.max(0, -g)).sum();
  }

  /** "1 aktivitet", "3 aktiviteter". */
  public static String activities(int n) {
    return count(n, "aktivitet", "aktiviteter");
  }
}
