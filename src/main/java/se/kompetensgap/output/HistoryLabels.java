package se.kompetensgap.output;

import java.util.List;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Scope;
import se.kompetensgap.text.Contract;

/** The Swedish text of Historik, Utveckling and the long-term part of Måluppfyllelse (issue 13). */
final class HistoryLabels {
  private HistoryLabels() {}

  static String historyTitle(List<Integer> years) {
    if (years.isEmpty()) {
      return "Historik";
    }
    int first = years.get(0);
    int last = years.get(years.size() - 1);
    return first == last ? "Historik " + first : "Historik " + first + "–" + last + " (" + years.size() + " år)";
  }

  static final String HISTORY_NOTE =
      "En rad per år, förvaltning, fokusområde och yrkeskategori: tillgång, behov, målen som sattes det året och antal enligt Koll.";

  static String historySource(int year) {
    return "Raderna för " + year + " är formler över Underlag och Kompetensmål. Tidigare års rader är kopierade ur förra "
        + "årets Historik som de stod, även rader som rättats för hand. Rätta ett år här, så följer rättelsen med nästa år.";
  }

  static String historySourceRollUp(int year) {
    return "En rad per förvaltning. Raderna för " + year + " räknar förvaltningens rader i Underlag; målen och Koll är de "
        + "som förvaltningen själv satte och angav (Kompetensmål gäller hela organisationen och delas inte per förvaltning). "
        + "Tidigare års rader kommer ur förvaltningarnas egna Historik som de stod. Rätta ett år här, så följer rättelsen med nästa år.";
  }

  static String developmentTitle(List<Integer> years, String administration) {
    String span = years.isEmpty() ? "" : " " + years.get(0) + "–" + years.get(years.size() - 1);
    return "Utveckling över tid" + span + (administration.isBlank() ? "" : " – " + administration);
  }

  static final String DEVELOPMENT_NOTE =
      "Tillgång (antal medarbetare) per år enligt kartläggningarna, totalt och på hög eller mycket hög nivå.";
  /** "… Diagrammen visar förvaltningen (Malmö stad) och varje fokusområde." */
  static String developmentSource(Scope scope) {
    return developmentSource(scope, false);
  }

  /** @param perAdministration the last chart compares the förvaltningar (a roll-up) */
  static String developmentSource(Scope scope, boolean perAdministration) {
    return "Talen är formler över tabellen Historik. Diagrammen visar " + scope.name()
        + (perAdministration ? ", varje fokusområde och, i det sista, varje förvaltning." : " och varje fokusområde.");
  }
  static final String SUPPLY_TOTAL = "Tillgång totalt";
  static final String PER_ADMINISTRATION = "Per förvaltning, alla yrkeskategorier";
  static final String ADMINISTRATIONS_CHART = "Tillgång totalt per år och förvaltning";
  static final String SUPPLY_HIGH = "Tillgång hög + mycket hög";

  static String developmentChart(String what) {
    return "Tillgång per år – " + what;
  }

  // --- Måluppfyllelse: the long-term part and Koll ---

  static final String LONG_TERM_TITLE = "Tidigare års mål som ännu gäller";

  static String longTermNote(int year, Scope scope) {
    return "Målen ur Historik: mål på 5 års sikt vars målår inte har passerats, och mål vars målår är " + year
        + " (slutresultat). Utfall = tillgången " + year + " − tillgången det år målet sattes, per yrkeskategori för "
        + scope.whole() + " (Historik har inga enheter), alltså en nettoförändring: utveckling, rekrytering och avgångar tillsammans. En enhet med Lättversion "
        + "räknas med tillgången den senast kartlade.";
  }

  static String section(int goalYear, Horizon h, int year, boolean isFinal) {
    int target = h.targetYear(goalYear);
    String head = "Mål satta " + goalYear + " på " + h.label() + "s sikt (till " + target + "): ";
    return head + (isFinal
        ? "slutresultat " + year
        : "delresultat " + year + ", efter " + (year - goalYear) + " av " + h.years() + " år");
  }

  static final String GOAL_SET = Contract.FULFILMENT_GOAL_SET;
  static final String TARGET_YEAR = Contract.FULFILMENT_TARGET_YEAR;
  static final String RESULT = Contract.FULFILMENT_RESULT;
  static final String FINAL = Contract.FULFILMENT_FINAL;
  static final String PARTIAL = Contract.FULFILMENT_PARTIAL;

  static String goalSetIn(int year) {
    return "Mål satt " + year;
  }

  static String outcomeSince(int goalYear, int year) {
    return "Utfall " + goalYear + "–" + year;
  }

  static final String KOLL_TITLE = Contract.KOLL_TITLE;

  static String kollNote(int previousYear, int year, int limit) {
    return "Förändringen av tillgången enligt kartläggningen " + previousYear + "–" + year + " bredvid förändringen av antal "
        + "anställda enligt Koll (ur Historik). En skillnad på mer än " + limit + " " + (limit == 1 ? "person" : "personer")
        + " markeras (inställningen \"Koll avvikelse\" i konfigurationen).";
  }

  static String mappedIn(int year) {
    return "Kartläggningen " + year;
  }

  static String kollIn(int year) {
    return "Koll " + year;
  }

  static final String MAPPED_CHANGE = Contract.KOLL_MAPPED_CHANGE;
  static final String KOLL_CHANGE = Contract.KOLL_CHANGE;
  static final String DIFFERENCE = Contract.KOLL_DIFFERENCE;
  static final String REMARK = Contract.KOLL_REMARK;
}
