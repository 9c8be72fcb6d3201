package se.kompetensgap.output;

import se.kompetensgap.model.Horizon;

/** The Swedish words of the consolidated workbook, in one place (glossary: SPEC §2). */
public final class Labels {
  private Labels() {}

  public static final String WORKBOOK_TITLE = "Kompetensförsörjning – sammanställning";
  public static final String CREATOR = "kompetensgap";

  public static final String SUPPLY_GROUP = "Tillgång idag";
  public static final String DEMAND_GROUP = "Behov";
  public static final String GAP_GROUP = "Kompetensgap (tillgång − behov)";
  public static final String DISTRIBUTION_GROUP = "Bedömt behov av fördelning";
  public static final String TOTAL = "Totalt";
  public static final String GAP_TOTAL = "GAP Total";
  public static final String TARGET_YEAR = "Mål till år";
  public static final String MOVES_TOTAL = "Förflyttningar totalt";

  public static String gapTitle(int year, String administration) {
    return "Kompetensgap " + year + suffix(administration);
  }

  public static String goalTitle(int year, String administration) {
    return "Kompetensmål " + year + suffix(administration);
  }

  /** "Aktivitetsplan 2027 – Malmö stad": a sheet's title and whose it is, as every sheet's title says it. */
  static String titled(String title, String administration) {
    return title + suffix(administration);
  }

  private static String suffix(String administration) {
    return administration == null || administration.isBlank() ? "" : " – " + administration;
  }

  public static String horizonNote(int year) {
    return "Horisont: " + Horizon.TWO_YEARS.label() + " = " + Horizon.TWO_YEARS.targetYear(year)
        + " (kort sikt), " + Horizon.FIVE_YEARS.label() + " = " + Horizon.FIVE_YEARS.targetYear(year)
        + " (lång sikt).";
  }

  public static final String GAP_NOTE =
      "Kompetensgap = tillgång − behov. Negativt gap (rött) är brist, positivt (grönt) är "
          + "överskott. Gemensamma yrkeskategorier redovisas för alla fokusområden tillsammans. "
          + "Alla tal är formler över bladet Underlag.";

  public static final String GOAL_NOTE =
      "Kvantitativt mål = −(GAP Total): positivt betyder utökning, negativt minskning. "
          + "Förflyttning = brist på nivån som behöver fyllas genom utveckling eller rekrytering. "
          + "Summeringar lägger ihop yrkeskategoriernas förflyttningar: ett överskott i en "
          + "kategori fyller inte en brist i en annan.";

  public static final String GOAL_TOTALS = "Summeringar";

  /** Beside a förvaltning's name above its block of lines in a roll-up (issue 13 §5). */
  public static final String ADMINISTRATION_BLOCK = "Förvaltning: raderna nedan gäller bara förvaltningens egna enheter.";

  public static String administrationsNote(int administrations) {
    return "Sammanställningen omfattar " + administrations + " förvaltningar: först raderna för alla "
        + "tillsammans, sedan varje förvaltning för sig (sök på förvaltningens namn i kolumn A).";
  }

  public static final String GOAL_ADMINISTRATIONS = "Per förvaltning";

  public static final String INTAKE_TITLE = "Inläsning";
  public static final String INTAKE_NOTE =
      "Varje fil som hittades i mappen, med vad som hände med den och varför. En avvisad fil "
          + "räknas inte alls; rätta den och kör igen.";
  public static final String FILE = "Fil";
  public static final String MANAGER = "Chef";
  public static final String STATUS = "Status";
  public static final String SEVERITY = "Typ";
  public static final String SHEET = "Blad";
  public static final String CELL = "Cell";
  public static final String VALUE = "Värde";
  public static final String MESSAGE = "Meddelande";
  public static final String NO_REMARKS = "Inläst utan anmärkningar.";

  public static String intakeSummary(int found, int read, int withWarnings, int rejected, int skipped) {
    return intakeSummary(found, read, withWarnings, rejected, skipped, false);
  }

  /** @param rollUp the rows are units of consolidated workbooks (a roll-up), not files */
  public static String intakeSummary(int found, int read, int withWarnings, int rejected, int skipped, boolean rollUp) {
    String head = rollUp
        ? found + (found == 1 ? " rad" : " rader") + " ur sammanställningarna (en per enhet eller fil): "
        : found + (found == 1 ? " fil hittades: " : " filer hittades: ");
    return head + read + " inlästa, " + withWarnings
        + " inlästa med varningar, " + rejected + " avvisade, " + skipped + " hoppades över.";
  }

  // --- Måluppfyllelse and Förändring (with --foregaende) ---

  public static String fulfilmentTitle(int goalSetYear, int goalYear, int year, String administration) {
    return "Måluppfyllelse " + year + ": mål satta " + goalSetYear + " till " + goalYear + suffix(administration);
  }

  public static String fulfilmentOutcome(int previousYear, int year) {
    return "Utfall = nettoförändring av tillgången " + previousYear + "–" + year
        + " (utveckling, rekrytering och avgångar tillsammans), inte antal genomförda förflyttningar.";
  }

  public static final String FULFILMENT_NOTE =
      "Mål: förra årets kvantitativa mål och förflyttningar på 2 års sikt, så som de står på bladet "
          + "Mål föregående år. % av målet = utfall / mål; ett mål på 0 ger ingen procent. Utfall per "
          + "nivå visas bara där det finns ett mål. Grönt ≥ 100 %, gult 50–99 %, orange 0–49 %, "
          + "rött negativt.";
  public static final String FULFILMENT_QUANTITATIVE = "Kvantitativt (antal)";
  public static final String FULFILMENT_MOVES = "Förflyttningar totalt";
  public static final String PERCENT_OF_GOAL = "% av målet";

  public static String fulfilmentLevel(se.kompetensgap.model.Level level) {
    return "Till " + level.label().toLowerCase(java.util.Locale.ROOT) + " nivå";
  }

  /** Måluppfyllelse's "Per förvaltning" in a roll-up (issue 13 §5). */
  public static String fulfilmentAdministrationsNote(int previousYear, int year) {
    return "Varje förvaltnings egna kvantitativa mål på 2 års sikt, satta " + previousYear + " (tabellen Historik), mot "
        + "förändringen av tillgången " + previousYear + "–" + year + " i förvaltningens enheter som finns med båda åren med en "
        + "fullständig kartläggning i år. % av målet = utfall / mål; ett mål på 0 ger ingen procent.";
  }

  public static final String FULFILMENT_ADMINISTRATION_GOAL = "Kvantitativt, mål på 2 år (antal)";

  public static String goalSet(int year) {
    return "Mål satt " + year;
  }

  public static String outcome(int previousYear, int year) {
    return "Utfall " + previousYear + "–" + year;
  }

  public static String goalTo(int goalYear) {
    return "Mål till " + goalYear;
  }

  public static String outcome(int year) {
    return "Utfall " + year;
  }

  public static String changeTitle(int previousYear, int year, String administration) {
    return "Förändring av kompetensgap " + previousYear + "–" + year + suffix(administration);
  }

  public static final String CHANGE_NOTE =
      "Kompetensgap = tillgång − behov (negativt = brist), båda åren räknat över de enheter som finns med "
          + "båda åren. Förändring = årets gap − förra årets: positivt (grönt) betyder att bristen minskat "
          + "eller överskottet ökat. Texten är skriven utifrån talen.";

  public static String gapOf(int year) {
    return "Kompetensgap " + year;
  }

  public static final String CHANGE_GROUP = "Förändring";
  public static final String CHANGE_SENTENCE = "Förändring jämfört med föregående år";

  /**
   * "Norr, Söder och Öster"; past {@code max} names "… och 12 till". A roll-up of many units can
   * share one activity or comment, and an Excel cell holds at most 32,767 characters.
   */
  public static String unitList(java.util.List<String> units, int max) {
    java.util.List<String> distinct = units.stream().distinct().toList();
    int shown = Math.min(distinct.size(), max);
    String head = String.join(", ", distinct.subList(0, shown));
    if (distinct.size() > shown) {
      return head + " och " + (distinct.size() - shown) + " till";
    }
    int last = head.lastIndexOf(", ");
    return last < 0 ? head : head.substring(0, last) + " och " + head.substring(last + 2);
  }
}
