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

  public static final String INTAKE_TITLE = "Inläsning";
  public static final String INTAKE_NOTE =
      "Varje fil som hittades i mappen, med vad som hände med den och varför. En avvisad fil "
          + "räknas inte alls; rätta den och kör igen.";
  public static final String FILE = "Fil";
  public static final String STATUS = "Status";
  public static final String SEVERITY = "Typ";
  public static final String SHEET = "Blad";
  public static final String CELL = "Cell";
  public static final String VALUE = "Värde";
  public static final String MESSAGE = "Meddelande";
  public static final String NO_REMARKS = "Inläst utan anmärkningar.";

  public static String intakeSummary(int found, int read, int withWarnings, int rejected, int skipped) {
    return found + " filer hittades: " + read + " inlästa, " + withWarnings
        + " inlästa med varningar, " + rejected + " avvisade, " + skipped + " hoppades över.";
  }
}
