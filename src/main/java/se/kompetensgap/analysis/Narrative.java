package se.kompetensgap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;

/**
 * The generated Swedish text of Sammanfattning, in the style of seed 002's "Sammanfattning" and
 * "Kommentar kompetensgap / kompetensmål / riskanalys". Every number in it is taken from the
 * same model the sheets cache, so the text and the sheets agree; HR may overwrite it in Excel.
 */
public final class Narrative {
  private Narrative() {}

  private static final Locale SV = Locale.forLanguageTag("sv-SE");

  /** One paragraph with its heading, e.g. "Kompetensgap". */
  public record Paragraph(String heading, String text) {}

  /** How many units were read and rejected, and how many were expected (if known). */
  public record Intake(int read, int rejected, Optional<Integer> expected, int missing) {}

  public static List<Paragraph> write(GapReport gaps, RiskAnalysis.Result risks, Thresholds t, Intake intake) {
    List<Paragraph> out = new ArrayList<>();
    out.add(new Paragraph("Kompetensgap", qualitative(gaps, t) + " " + quantitative(gaps)));
    out.add(new Paragraph("Kompetensmål", goals(gaps, t)));
    out.add(new Paragraph("Riskanalys", risks(risks)));
    out.add(new Paragraph("Underlag", intake(intake)));
    return out;
  }

  /** Category lines (own and common), the ones a qualitative gap is about. */
  static List<GapLine> categories(GapReport gaps) {
    return gaps.lines().stream().filter(l -> l.kind().isCategory()).toList();
  }

  static int moves2(GapLine l) {
    return l.moves(Horizon.TWO_YEARS).total();
  }

  /**
   * The category with the most moves at 2 år: seed 002 calls this the largest qualitative gap
   * ("Det kvalitativa kompetensgapet är som störst inom …"). Ties keep report order.
   */
  public static Optional<GapLine> largestQualitativeGap(GapReport gaps) {
    return categories(gaps).stream()
        .filter(l -> moves2(l) > 0)
        .max(Comparator.comparingInt(Narrative::moves2).thenComparing(l -> -categories(gaps).indexOf(l)));
  }

  static String qualitative(GapReport gaps, Thresholds t) {
    Optional<GapLine> largest = largestQualitativeGap(gaps);
    if (largest.isEmpty()) {
      return "Inga kvalitativa kompetensgap finns på 2 års sikt: tillgången täcker behovet på varje kompetensnivå.";
    }
    GapLine top = largest.get();
    StringBuilder s = new StringBuilder();
    s.append("Det kvalitativa kompetensgapet är som störst inom yrkeskategorin ").append(name(top))
        .append(", där ").append(moves2(top)).append(" förflyttningar behövs på 2 års sikt till ")
        .append(levels(top)).append(".");
    double limit = moves2(top) * t.largeGapShare();
    List<GapLine> large = new ArrayList<>();
    List<GapLine> small = new ArrayList<>();
    for (GapLine l : categories(gaps)) {
      if (l == top || moves2(l) == 0) {
        continue;
      }
      (moves2(l) >= limit ? large : small).add(l);
    }
    large.sort(Comparator.comparingInt(Narrative::moves2).reversed());
    if (!large.isEmpty()) {
      s.append(" Även inom ").append(large.size() == 1 ? "kategorin " : "kategorierna ")
          .append(join(large.stream().map(l -> name(l) + " (" + moves2(l) + ")").toList()))
          .append(" finns stora kompetensgap.");
    }
    if (!small.isEmpty()) {
      s.append(" Mindre kompetensgap finns hos ").append(join(small.stream().map(Narrative::name).toList())).append(".");
    }
    return s.toString();
  }

  static String quantitative(GapReport gaps) {
    GapLine all = gaps.administrationTotal();
    int g2 = all.quantitativeGoal(Horizon.TWO_YEARS);
    int g5 = all.quantitativeGoal(Horizon.FIVE_YEARS);
    StringBuilder s = new StringBuilder("Kvantitativt innebär behovet ");
    s.append(change(g2)).append(" på 2 års sikt och ").append(change(g5)).append(" på 5 års sikt för hela förvaltningen.");
    categories(gaps).stream()
        .filter(l -> l.quantitativeGoal(Horizon.TWO_YEARS) > 0)
        .max(Comparator.comparingInt(l -> l.quantitativeGoal(Horizon.TWO_YEARS)))
        .ifPresent(l -> s.append(" Störst är behovet av utökning inom ").append(name(l)).append(" (")
            .append(l.quantitativeGoal(Horizon.TWO_YEARS)).append(" personer på 2 års sikt)."));
    List<String> fewer = categories(gaps).stream().filter(l -> l.quantitativeGoal(Horizon.TWO_YEARS) < 0).map(Narrative::name).toList();
    if (!fewer.isEmpty()) {
      s.append(" Behovet är mindre än tillgången inom ").append(join(fewer)).append(".");
    }
    return s.toString();
  }

  static String goals(GapReport gaps, Thresholds t) {
    GapLine all = gaps.administrationTotal();
    int m2 = all.moves(Horizon.TWO_YEARS).total();
    int m5 = all.moves(Horizon.FIVE_YEARS).total();
    int high2 = all.moves(Horizon.TWO_YEARS).get(Level.HOG) + all.moves(Horizon.TWO_YEARS).get(Level.MYCKET_HOG);
    StringBuilder s = new StringBuilder();
    s.append("Kompetensmålen innebär totalt ").append(m2).append(" kompetensförflyttningar på 2 års sikt och ")
        .append(m5).append(" på 5 års sikt. Av förflyttningarna på 2 års sikt gäller ").append(high2)
        .append(" hög eller mycket hög nivå.");
    List<GapLine> ranked = new ArrayList<>(categories(gaps).stream().filter(l -> moves2(l) > 0).toList());
    ranked.sort(Comparator.comparingInt(Narrative::moves2).reversed());
    if (!ranked.isEmpty()) {
      double limit = moves2(ranked.get(0)) * t.largeGapShare();
      List<String> most = ranked.stream().filter(l -> moves2(l) >= limit).map(Narrative::name).toList();
      s.append(" Störst behov av kompetensförflyttning finns inom ")
          .append(most.size() == 1 ? "yrkeskategorin " : "yrkeskategorierna ").append(join(most)).append(".");
    }
    return s.toString();
  }

  static String risks(RiskAnalysis.Result risks) {
    List<String> serious = new ArrayList<>();
    List<String> less = new ArrayList<>();
    List<String> not = new ArrayList<>();
    List<String> numbersHigher = new ArrayList<>();
    List<String> fragile = new ArrayList<>();
    for (RiskLine l : risks.lines()) {
      String n = name(l.category().name());
      Optional<Consequence> c = l.mostSerious();
      c.ifPresent(x -> (x == Consequence.SERIOUS ? serious : x == Consequence.LESS_SERIOUS ? less : not).add(n));
      if (l.judgement().isPresent() && l.indicator().ordinal() > l.judgement().get().ordinal()) {
        numbersHigher.add(n);
      }
      if (l.singlePointOfFailure()) {
        fragile.add(n);
      }
    }
    if (serious.isEmpty() && less.isEmpty() && not.isEmpty()) {
      return "Ingen enhet har gjort någon riskbedömning.";
    }
    StringBuilder s = new StringBuilder();
    if (!serious.isEmpty()) {
      s.append("Riskerna bedöms allvarligast för ").append(join(serious)).append(".");
    }
    if (!less.isEmpty()) {
      s.append(s.isEmpty() ? "" : " ").append("Riskerna bedöms mindre allvarliga för ").append(join(less)).append(".");
    }
    if (!not.isEmpty()) {
      s.append(s.isEmpty() ? "" : " ").append("För ").append(join(not)).append(" bedöms inte riskerna som allvarliga.");
    }
    if (!numbersHigher.isEmpty()) {
      s.append(" Talen pekar på högre risk än chefernas bedömning för ").append(join(numbersHigher))
          .append(": där är bristen på hög och mycket hög nivå stor i förhållande till behovet.");
    }
    if (!fragile.isEmpty()) {
      s.append(" Högst en person på hög nivå eller högre finns inom ").append(join(fragile))
          .append(", vilket gör verksamheten sårbar.");
    }
    return s.toString();
  }

  static String intake(Intake i) {
    StringBuilder s = new StringBuilder("Sammanställningen bygger på ").append(i.read())
        .append(i.read() == 1 ? " enhets kartläggning" : " enheters kartläggningar");
    i.expected().ifPresent(e -> s.append(" av ").append(e).append(" förväntade"));
    s.append(".");
    if (i.rejected() > 0) {
      s.append(" ").append(i.rejected()).append(i.rejected() == 1 ? " arbetsbok avvisades" : " arbetsböcker avvisades")
          .append(" och räknas inte med (se bladet Inläsning).");
    }
    if (i.missing() > 0) {
      s.append(" ").append(i.missing()).append(i.missing() == 1 ? " enhet" : " enheter")
          .append(" har inte lämnat in (se bladet Inlämning).");
    }
    return s.toString();
  }

  private static String change(int goal) {
    if (goal > 0) {
      return "en utökning med " + goal + " personer";
    }
    if (goal < 0) {
      return "en minskning med " + (-goal) + " personer";
    }
    return "varken utökning eller minskning";
  }

  /** "hög och mycket hög nivå": the levels where the line lacks people at 2 år. */
  static String levels(GapLine l) {
    List<String> names = new ArrayList<>();
    for (Level level : Level.values()) {
      if (l.moves(Horizon.TWO_YEARS).get(level) > 0) {
        names.add(level.label().toLowerCase(SV));
      }
    }
    return join(names) + " nivå";
  }

  static String name(GapLine l) {
    return name(l.label());
  }

  /** Category names are common nouns: lower case inside a sentence (seed 002). */
  static String name(String category) {
    return category.toLowerCase(SV);
  }

  /** "a, b och c" */
  static String join(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " och " + items.get(items.size() - 1);
  }
}
