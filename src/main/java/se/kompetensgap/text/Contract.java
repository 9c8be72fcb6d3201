package se.kompetensgap.text;

import java.util.ArrayList;
import java.util.List;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;

/**
 * The workbook contract (SPEC §4 and §6): table names, sheet names and header texts. The
 * template writer, the readers and the consolidated writer all take their names from here, so
 * the template and the reader cannot drift apart.
 */
public final class Contract {
  private Contract() {}

  // --- the manager's workbook (SPEC §4) ---

  public static final String UNIT_TABLE = "Enhet";
  public static final String UNIT_SHEET = "Enhet";
  public static final String UNIT_KEY = "Uppgift";
  public static final String UNIT_VALUE = "Värde";
  public static final String KEY_YEAR = "År";
  public static final String KEY_ADMINISTRATION = "Förvaltning";
  public static final String KEY_FOCUS_AREA = "Fokusområde";
  public static final String KEY_DEPARTMENT = "Avdelning";
  public static final String KEY_UNIT = "Enhet";
  public static final String KEY_MANAGER = "Ansvarig chef";
  public static final String KEY_DATE = "Datum";
  public static final String KEY_MAPPING_TYPE = "Kartläggningstyp";

  /**
   * How {@code exempel} marks a made-up workbook: Förvaltning ends with this (and the document's
   * category property says so), so that examples never mix silently with real workbooks.
   */
  public static final String EXAMPLE_MARK = "(exempel)";

  /** The rows of the Enhet table, in template order. */
  public static final List<String> UNIT_KEYS =
      List.of(
          KEY_YEAR,
          KEY_ADMINISTRATION,
          KEY_FOCUS_AREA,
          KEY_DEPARTMENT,
          KEY_UNIT,
          KEY_MANAGER,
          KEY_DATE,
          KEY_MAPPING_TYPE);

  public static final String MAPPING_TABLE = "Kartlaggning";
  public static final String MAPPING_SHEET = "Kartläggning";
  public static final String CATEGORY = "Yrkeskategori";

  public static String supplyHeader(Level level) {
    return "Tillgång " + level.label();
  }

  public static String demandHeader(Horizon horizon, Level level) {
    return "Behov " + horizon.label() + " " + level.label();
  }

  /** The 12 number columns of Kartlaggning and Underlag: supply, demand 2 år, demand 5 år. */
  public static List<String> numberHeaders() {
    List<String> h = new ArrayList<>();
    for (Level l : Level.values()) {
      h.add(supplyHeader(l));
    }
    for (Horizon hz : Horizon.values()) {
      for (Level l : Level.values()) {
        h.add(demandHeader(hz, l));
      }
    }
    return List.copyOf(h);
  }

  /** Kartlaggning's optional free-text column: why the need changes (issue 11). Found by header. */
  public static final String MAPPING_COMMENT = "Kommentar";

  public static final String RISK_TABLE = "Risk";
  public static final String RISK_SHEET = "Risk";
  public static final String RISK_OPERATIONAL = "Risk för verksamheten";
  public static final String LIKELIHOOD_OPERATIONAL = "Sannolikhet verksamheten";
  public static final String RISK_WORK_ENVIRONMENT = "Risk för arbetsmiljön";
  public static final String LIKELIHOOD_WORK_ENVIRONMENT = "Sannolikhet arbetsmiljön";
  public static final String COMMENT = "Kommentar";

  public static final List<String> RISK_HEADERS =
      List.of(
          CATEGORY,
          RISK_OPERATIONAL,
          LIKELIHOOD_OPERATIONAL,
          RISK_WORK_ENVIRONMENT,
          LIKELIHOOD_WORK_ENVIRONMENT,
          COMMENT);

  public static final String ACTIVITY_TABLE = "Aktiviteter";
  public static final String ACTIVITY_SHEET = "Aktiviteter";
  public static final String ACTIVITY_AREA = "Område";
  public static final String ACTIVITY = "Aktivitet";
  public static final String DESCRIPTION = "Beskrivning";
  public static final String PERFORMER = "Utförare";
  public static final String END_DATE = "Slutdatum";
  public static final String FOLLOW_UP = "Uppföljning";
  public static final String STATUS = "Status";

  public static final List<String> ACTIVITY_HEADERS =
      List.of(ACTIVITY_AREA, CATEGORY, ACTIVITY, DESCRIPTION, PERFORMER, END_DATE, FOLLOW_UP, STATUS);

  // --- the consolidated workbook (SPEC §6) ---

  public static final String SOURCE = "Källa";
  public static final String YEAR = "År";
  public static final String ADMINISTRATION = "Förvaltning";
  public static final String FOCUS_AREA = "Fokusområde";
  public static final String DEPARTMENT = "Avdelning";
  public static final String UNIT = "Enhet";
  public static final String HORIZON = "Horisont";

  public static final String BASIS_TABLE = "Underlag";
  public static final String BASIS_SHEET = "Underlag";

  /** Underlag's header row: who, then the same number columns as Kartlaggning. */
  public static List<String> basisHeaders() {
    List<String> h =
        new ArrayList<>(List.of(SOURCE, YEAR, ADMINISTRATION, FOCUS_AREA, DEPARTMENT, UNIT, CATEGORY));
    h.addAll(numberHeaders());
    return List.copyOf(h);
  }

  public static final String GOAL_TABLE = "Kompetensmal";
  public static final String GOAL_SHEET = "Kompetensmål";
  public static final String QUANTITATIVE_GOAL = "Kvantitativt mål";

  public static String moveHeader(Level level) {
    return "Förflyttning " + level.label();
  }

  public static final String GAP_SHEET = "Kompetensgap";
  /** The managers' comments per category and unit (Kartläggning's Kommentar column). */
  public static final String COMMENTS_SHEET = "Kommentarer";
  public static final String COMMENTS_TABLE = "Kommentarer";
  public static final String INTAKE_SHEET = "Inläsning";
  public static final String INTAKE_TABLE = "Inlasning";

  // --- with last year's consolidated workbook (FJOL, --foregaende) ---

  /**
   * Underlag's and UnderlagFjol's last column with last year's workbook: whether the row's unit
   * is compared (Jämförs, Lättversion, Ny i år, Saknas i år). Måluppfyllelse and Förändring sum
   * by it; readers ignore it.
   */
  public static final String COMPARISON = "Jämförelse";

  /** Last year's goals, copied into this year's workbook so its formulas need no external link. */
  public static final String PREVIOUS_GOAL_TABLE = "KompetensmalFjol";
  public static final String PREVIOUS_GOAL_SHEET = "Mål föregående år";
  /** Last year's Underlag, copied likewise: the supply that this year's outcome is measured from. */
  public static final String PREVIOUS_BASIS_TABLE = "UnderlagFjol";
  public static final String PREVIOUS_BASIS_SHEET = "Underlag föregående år";
  public static final String FULFILMENT_SHEET = "Måluppfyllelse";
  public static final String CHANGE_SHEET = "Förändring";

  // --- the history that travels with the workbook (issue 13) ---

  /** One row per year × fokusområde × yrkeskategori; each year's run copies last year's rows. */
  public static final String HISTORY_TABLE = "Historik";
  public static final String HISTORY_SHEET = "Historik";
  public static final String HEADCOUNT = "Antal enligt Koll";
  public static final String DEVELOPMENT_SHEET = "Utveckling";

  /**
   * Måluppfyllelse's long-term part (issue 13 §2): headers on every line of an earlier year's
   * goals, which the report finds the sections by.
   */
  public static final String FULFILMENT_GOAL_SET = "Mål satt år";
  public static final String FULFILMENT_TARGET_YEAR = "Mål till år";
  public static final String FULFILMENT_RESULT = "Resultat";
  public static final String FULFILMENT_FINAL = "Slutresultat";
  public static final String FULFILMENT_PARTIAL = "Delresultat";
  /** Måluppfyllelse's comparison with Koll (issue 13 §3): its title and headers. */
  public static final String KOLL_TITLE = "Kartläggningen och Koll";
  public static final String KOLL_MAPPED_CHANGE = "Förändring enligt kartläggningen";
  public static final String KOLL_CHANGE = "Förändring enligt Koll";
  public static final String KOLL_DIFFERENCE = "Skillnad";
  public static final String KOLL_REMARK = "Anmärkning";

  /** "Kvantitativt mål 2 år": the goal a year set for the horizon. */
  public static String goalHeader(Horizon horizon) {
    return QUANTITATIVE_GOAL + " " + horizon.label();
  }

  /** "Förflyttning 2 år Hög": the moves a year set at the level for the horizon. */
  public static String moveHeader(Horizon horizon, Level level) {
    return "Förflyttning " + horizon.label() + " " + level.label();
  }

  /**
   * Historik's header row: year, förvaltning and line, the 12 number columns, the goals of both
   * horizons, Koll.
   */
  public static List<String> historyHeaders() {
    List<String> h = new ArrayList<>(historyRequiredHeaders());
    h.add(1, ADMINISTRATION);
    return List.copyOf(h);
  }

  /** The columns a Historik table must have; Förvaltning came later (issue 13 §5) and may be missing. */
  public static List<String> historyRequiredHeaders() {
    List<String> h = new ArrayList<>(List.of(YEAR, FOCUS_AREA, CATEGORY));
    h.addAll(numberHeaders());
    for (Horizon hz : Horizon.values()) {
      h.add(goalHeader(hz));
      for (Level l : Level.values()) {
        h.add(moveHeader(hz, l));
      }
    }
    h.add(HEADCOUNT);
    return List.copyOf(h);
  }
}
