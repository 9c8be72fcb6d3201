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
    return write(gaps, risks, t, intake, Optional.empty(), Optional.empty());
  }

  /**
   * With last year's workbook: a paragraph on Lättversion first where units used it (seed 002,
   * Sammanfattning ¶1–2) and one on goal fulfilment after Kompetensmål (seed 000, 1.2).
   */
  public static List<Paragraph> write(
      GapReport gaps, RiskAnalysis.Result risks, Thresholds t, Intake intake, Optional<Fulfilment> fulfilment,
      Optional<YearBasis> basis) {
    List<Paragraph> out = new ArrayList<>();
    if (basis.isPresent() && !basis.get().light().isEmpty()) {
      out.add(new Paragraph("Lättversion", light(basis.get(), gaps.year())));
    }
    out.add(new Paragraph("Kompetensgap", qualitative(gaps, t) + " " + quantitative(gaps)));
    out.add(new Paragraph("Kompetensmål", goals(gaps, t)));
    if (fulfilment.isPresent() && basis.isPresent()) {
      out.add(new Paragraph("Måluppfyllelse", fulfilment(fulfilment.get(), basis.get())));
    }
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
        .append(", där ").append(count(moves2(top), "förflyttning", "förflyttningar")).append(" behövs på 2 års sikt till ")
        .append(levels(top)).append(".");
    double limit = moves2(top) * t.largeGapShare();
    List<GapLine> large = new ArrayList<>();
    List<GapLine> small = new ArrayList<>();
    for (GapLine l : categories(gaps)) {
      if (l == top || moves2(l) == 0) {
        continue;
      }
      // "Stora" only from a few people up: one or two moves are never called a large gap.
      (moves2(l) >= limit && moves2(l) >= MIN_LARGE_MOVES ? large : small).add(l);
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
    s.append(change(g2)).append(" på 2 års sikt och ").append(change(g5)).append(" på 5 års sikt för ").append(gaps.scope().whole()).append(".");
    categories(gaps).stream()
        .filter(l -> l.quantitativeGoal(Horizon.TWO_YEARS) > 0)
        .max(Comparator.comparingInt(l -> l.quantitativeGoal(Horizon.TWO_YEARS)))
        .ifPresent(l -> s.append(" Störst är behovet av utökning inom ").append(name(l)).append(" (")
            .append(count(l.quantitativeGoal(Horizon.TWO_YEARS), "person", "personer")).append(" på 2 års sikt)."));
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
    s.append("Kompetensmålen innebär totalt ").append(count(m2, "kompetensförflyttning", "kompetensförflyttningar")).append(" på 2 års sikt och ")
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

  /** Seed 002, Sammanfattning ¶1–2, for the units that did a Lättversion. */
  static String light(YearBasis b, int year) {
    int previousYear = year - 1;
    int read = b.compared().size() + b.light().size() + b.added().size();
    boolean all = b.light().size() == read;
    StringBuilder s = new StringBuilder("I årets kompetensanalys har ");
    if (all) {
      s.append("det gjorts en lättversion av kompetenskartläggningen.");
    } else {
      s.append(b.light().size()).append(" av ").append(read).append(read == 1 ? " enhet" : " enheter")
          .append(" gjort en lättversion av kompetenskartläggningen.");
    }
    s.append(" Det innebär att cheferna har utgått från förra årets kartläggning av tillgänglig kompetens och "
        + "endast justerat prognosen av kompetensbehov på två respektive fem års sikt.");
    s.append(" Då kartläggningen av tillgänglig kompetens inte har reviderats")
        .append(all ? "" : " för " + (b.light().size() == 1 ? "den enheten" : "de enheterna"))
        .append(" går det inte att se vilka kompetensförflyttningar som har gjorts")
        .append(all ? "" : " där").append(" sedan förra årets kartläggning; de räknas därför inte i måluppfyllelsen.")
        .append(" Däremot visar revideringen av behoven hur kompetensgapen har förändrats.");
    return s.toString();
  }

  /** Seed 000, 1.2: goal, outcome and % for socialsekreterare totalt and each common category. */
  static String fulfilment(Fulfilment f, YearBasis b) {
    int goalYear = f.horizon().targetYear(f.previousYear());
    StringBuilder s = new StringBuilder();
    FulfilmentLine group = f.groupTotal();
    String who = name(group.label()).replace(" totalt", "");
    s.append(need(group.goal(), who, goalYear, f.previousYear()));
    s.append(" ").append(outcome(group, f.previousYear(), f.year(), who));
    for (FulfilmentLine common : f.lines(LineKind.COMMON_CATEGORY)) {
      String c = "yrkeskategorin " + name(common.label());
      s.append(" För ").append(c).append(" var ").append(goalPhrase(common.goal())).append(" och ")
          .append(count(common.movesGoal(), "förflyttning", "förflyttningar")).append(" till högre kompetensnivåer; ")
          .append(common.measurable() ? outcomePhrase(common) : "utfallet " + YearBasis.NOT_MEASURABLE).append(".");
    }
    List<String> unmeasured = f.lines().stream()
        .filter(l -> l.kind() == LineKind.CATEGORY && !l.measurable()).map(l -> name(l.label())).toList();
    if (!unmeasured.isEmpty() && group.measurable()) {
      s.append(" För ").append(join(unmeasured)).append(" kan utfallet inte mätas (bara lättversioner), så de ingår inte i utfallet men väl i målet.");
    }
    s.append(" Utfallet är nettoförändringen av tillgången (utveckling, rekrytering och avgångar tillsammans) och bygger på ")
        .append(b.compared().size()).append(" av ").append(b.total()).append(b.total() == 1 ? " enhet" : " enheter")
        .append(", de som finns med båda åren");
    List<String> apart = new ArrayList<>();
    if (!b.missing().isEmpty()) {
      apart.add(YearBasis.count(b.missing().size()) + " saknas i år");
    }
    if (!b.added().isEmpty()) {
      apart.add(YearBasis.count(b.added().size()) + (b.added().size() == 1 ? " är ny" : " är nya"));
    }
    if (!b.light().isEmpty()) {
      apart.add(YearBasis.count(b.light().size()) + " gjorde en lättversion");
    }
    if (!apart.isEmpty()) {
      s.append(" (").append(join(apart)).append(", se bladet Måluppfyllelse)");
    }
    s.append(".");
    return s.toString();
  }

  private static String need(int goal, String who, int goalYear, int previousYear) {
    if (goal == 0) {
      return "Gapanalysen " + previousYear + " bedömde inget behov av utökning av " + who + " till " + goalYear + ".";
    }
    return "Det totala behovet av " + (goal > 0 ? "utökning" : "minskning") + " av " + who + " till " + goalYear
        + " bedömdes i gapanalysen " + previousYear + " vara " + Math.abs(goal) + ".";
  }

  private static String outcome(FulfilmentLine l, int previousYear, int year, String who) {
    if (!l.measurable()) {
      return "Utfallet kan inte mätas, eftersom enheterna gjorde en lättversion.";
    }
    StringBuilder s = new StringBuilder("En jämförelse mellan gapanalysen ").append(previousYear).append(" och gapanalysen ")
        .append(year).append(" visar ").append(net(l.outcome())).append(percent(l.percent())).append(".");
    s.append(" Kompetensmålet var att förflytta ").append(l.movesGoal()).append(" ").append(who)
        .append(" till högre kompetensnivåer; på de nivåerna är nettoförändringen ").append(signed(l.movesOutcome()))
        .append(percent(l.movesPercent())).append(".");
    return s.toString();
  }

  private static String goalPhrase(int goal) {
    return goal > 0 ? "målet en utökning med " + goal : goal < 0 ? "målet en minskning med " + (-goal) : "målet ingen utökning";
  }

  private static String outcomePhrase(FulfilmentLine l) {
    return "utfallet är " + net(l.outcome()) + percent(l.percent()) + " och " + signed(l.movesOutcome())
        + " på nivåerna med mål" + percent(l.movesPercent());
  }

  private static String net(int outcome) {
    return outcome > 0 ? "en utökning med " + outcome : outcome < 0 ? "en minskning med " + (-outcome) : "ingen nettoförändring";
  }

  private static String signed(int n) {
    return n > 0 ? "+" + n : Integer.toString(n);
  }

  /** " (60 % av målet)", or nothing where the goal is 0. */
  private static String percent(java.util.OptionalDouble p) {
    return p.isPresent() ? " (" + Math.round(100 * p.getAsDouble()) + " % av målet)" : "";
  }

  /** A gap this small is never called "stort", whatever its share of the largest (issue 12). */
  static final int MIN_LARGE_MOVES = 5;

  /** "1 person", "2 personer": the count with the noun in the right number. */
  static String count(int n, String singular, String plural) {
    return n + " " + (Math.abs(n) == 1 ? singular : plural);
  }

  private static String change(int goal) {
    if (goal > 0) {
      return "en utökning med " + count(goal, "person", "personer");
    }
    if (goal < 0) {
      return "en minskning med " + count(-goal, "person", "personer");
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
