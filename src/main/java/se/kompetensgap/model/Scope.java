package se.kompetensgap.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a workbook's totals speak of (issue 13 §5): one förvaltning, or in a roll-up across
 * förvaltningar the organisation ("Malmö stad", the configuration's Organisation) or, when none is
 * configured, the förvaltningar counted ("3 förvaltningar"). Every label of the last total line
 * and every phrase naming the whole comes from here, so a roll-up says the same everywhere and a
 * single förvaltning's words stay as they were.
 *
 * @param organisation the organisation's name, or "3 förvaltningar"; blank for one förvaltning
 */
public record Scope(String organisation) {

  /** The last total line of a single förvaltning's workbook. */
  public static final String ADMINISTRATION_LINE = "Förvaltningen totalt";

  /** One förvaltning: "Förvaltningen totalt", "för hela förvaltningen". */
  public static final Scope ADMINISTRATION = new Scope("");

  private static final String TOTAL = " totalt";
  private static final Pattern COUNTED = Pattern.compile("(\\d+) förvaltningar");

  public Scope {
    organisation = Objects.requireNonNull(organisation, "organisation").strip();
  }

  /** A roll-up's scope: the organisation's name, or "3 förvaltningar" ({@link #ADMINISTRATION} if blank). */
  public static Scope of(String organisation) {
    return organisation.isBlank() ? ADMINISTRATION : new Scope(organisation);
  }

  /**
   * The scope a written workbook's last total line names, as its label reads ("Malmö stad totalt",
   * "Förvaltningen totalt"): how the report, which reads the workbook, speaks of the same whole.
   */
  public static Scope ofTotalLabel(String label) {
    String l = label.strip();
    if (l.equalsIgnoreCase(ADMINISTRATION_LINE) || !l.toLowerCase(java.util.Locale.ROOT).endsWith(TOTAL)) {
      return ADMINISTRATION;
    }
    return of(l.substring(0, l.length() - TOTAL.length()));
  }

  /** Across förvaltningar (a roll-up). */
  public boolean isRollUp() {
    return !organisation.isBlank();
  }

  /** The label of the last total line: "Förvaltningen totalt", "Malmö stad totalt", "3 förvaltningar totalt". */
  public String totalLabel() {
    return isRollUp() ? organisation + TOTAL : ADMINISTRATION_LINE;
  }

  /** As a heading names it: "Förvaltningen", "Malmö stad", "3 förvaltningar". */
  public String title() {
    return isRollUp() ? organisation : "Förvaltningen";
  }

  /** In a sentence: "förvaltningen", "Malmö stad", "de 3 förvaltningarna". */
  public String name() {
    if (!isRollUp()) {
      return "förvaltningen";
    }
    Matcher m = COUNTED.matcher(organisation);
    return m.matches() ? "de " + m.group(1) + " förvaltningarna" : organisation;
  }

  /** {@link #name} at the start of a sentence: "Förvaltningen", "Malmö stad", "De 3 förvaltningarna". */
  public String subject() {
    String n = name();
    return n.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + n.substring(1);
  }

  /** The whole, after "för": "hela förvaltningen", "hela Malmö stad", "de 3 förvaltningarna tillsammans". */
  public String whole() {
    return isRollUp() && COUNTED.matcher(organisation).matches() ? name() + " tillsammans" : "hela " + name();
  }

  /**
   * Under a roll-up's key figures, on the sheet and in the report: the organisation's
   * förflyttningar are counted on its combined numbers per category and level, so a surplus in
   * one förvaltning covers a shortage in another, and they can be fewer than the förvaltningar's.
   */
  public String movesNote() {
    return "Förflyttningarna på raden " + totalLabel() + " räknas på de samlade talen per yrkeskategori och nivå. Ett överskott "
        + "på en nivå i en förvaltning täcker då ett underskott på samma nivå i en annan, så de kan vara färre än "
        + "förvaltningarnas förflyttningar tillsammans. Förvaltningarnas egna rader visar vad var och en behöver.";
  }
}
