package se.kompetensgap.text;

import java.util.List;

/**
 * The two lists HR may give beside the folder: the expected units (--enheter) and the head
 * count per category from the HR statistics system (--personal, "Koll" in seed 000). Found by
 * table name, else by sheet, columns by header text, like the managers' workbooks.
 */
public final class ListContract {
  private ListContract() {}

  public static final String EXPECTED_TABLE = "Enheter";
  public static final String EXPECTED_SHEET = "Enheter";
  public static final String MANAGER = "Chef";
  public static final String EMAIL = "E-post";
  public static final List<String> EXPECTED_HEADERS =
      List.of(Contract.FOCUS_AREA, Contract.DEPARTMENT, Contract.UNIT, MANAGER, EMAIL);

  public static final String HEADCOUNT_TABLE = "Personal";
  public static final String HEADCOUNT_SHEET = "Personal";
  public static final String HEADCOUNT = "Antal anställda";
  public static final List<String> HEADCOUNT_HEADERS = List.of(Contract.CATEGORY, HEADCOUNT);

  // --- sheets of the consolidated workbook that come from these lists and from the units ---

  public static final String SUMMARY_SHEET = "Sammanfattning";
  public static final String RISK_SHEET = "Riskanalys";
  public static final String RISK_TABLE = "Riskanalys";
  public static final String ASSESSMENT_TABLE = "Riskbedomningar";
  public static final String ACTIVITY_SHEET = "Aktivitetsplan";
  public static final String ACTIVITY_TABLE = "Aktivitetsplan";
  /** The list {@code utskick} writes at the top of its folder, for the mail merge. */
  public static final String MAILING_LIST_FILE = "utskick.xlsx";
  /**
   * Every unit's activities, one row each (the plan above merges them): what a roll-up carries
   * and next year's follow-up compares with (issue 13 §4, §5).
   */
  public static final String UNIT_ACTIVITY_SHEET = "Aktiviteter per enhet";
  public static final String UNIT_ACTIVITY_TABLE = "AktiviteterPerEnhet";
  public static final String SUBMISSION_SHEET = "Inlämning";
  public static final String SUBMISSION_TABLE = "Inlamning";
  /** Inlämning's column of the file a unit's status comes from (the full version). */
  public static final String SUBMISSION_FILE = "Fil";
  // The upward version's Inlämning counts units per avdelning under these headers (issue 10);
  // a roll-up reads them back (issue 13 §5).
  public static final String SUBMISSION_EXPECTED = "Förväntade";
  public static final String SUBMISSION_RETURNED = "Inkomna";
  public static final String SUBMISSION_REJECTED = "Avvisade";
  public static final String SUBMISSION_MISSING = "Saknas";
  public static final String SUBMISSION_UNEXPECTED = "Inkomna, ej i listan";
  /** The avdelning of a rejected file whose Enhet sheet could not be read, in the upward version. */
  public static final String SUBMISSION_UNKNOWN_DEPARTMENT = "Okänd (avvisad fil)";
  public static final String HEADCOUNT_CHECK_SHEET = "Koll";
  public static final String HEADCOUNT_CHECK_TABLE = "Koll";
}
