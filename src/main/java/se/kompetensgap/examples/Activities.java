package se.kompetensgap.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;

/** The examples' activities: seed 000 and 002's aktivitetsplan, shared among several units. */
final class Activities {
  private Activities() {}

  static final int Y = ExampleFolder.YEAR;

  static final List<Activity> PLAN =
      List.of(
          new Activity(ActivityArea.ATTRACT, "Samtliga socialsekreterare",
              "Utveckla kontakt och samarbeten med högskolor och universitet",
              "Marknadsföra och tydliggöra uppdraget inom socialtjänsten och ta emot socionomkandidater.",
              "Strategiska avdelningen och respektive fokusområde", LocalDate.of(Y + 1, 12, 31),
              "Dialog i respektive fokusområde aug/sep; HR sammanställer.", ActivityStatus.ONGOING),
          new Activity(ActivityArea.ATTRACT, "Samtliga yrkeskategorier",
              "Kartlägga varför medarbetare söker sig till och lämnar förvaltningen",
              "Webbenkät till nyanställda och till dem som slutar; resultatet analyseras helårsvis.",
              "HR-avdelningen", LocalDate.of(Y, 6, 30), "HR sammanställer.", ActivityStatus.ONGOING),
          new Activity(ActivityArea.RECRUIT, "Socialsekreterare",
              "Utreda möjligheterna att i större utsträckning samrekrytera",
              "Vidareutveckla samrekryteringen i dialog med rekryteringsenheten.",
              "HR-avdelningen/rekryteringsenheten", LocalDate.of(Y, 12, 31),
              "Dialog i respektive fokusområde aug/sep.", ActivityStatus.PLANNED),
          new Activity(ActivityArea.RECRUIT, "Samtliga yrkeskategorier",
              "Attraktiva annonser och god kandidatupplevelse",
              "Attraktiva annonser och en god kandidatupplevelse genom hela rekryteringsprocessen.",
              "Rekryteringsenheten", LocalDate.of(Y, 3, 31), "HR sammanställer.", ActivityStatus.DONE),
          new Activity(ActivityArea.INTRODUCE, "Sektionschef",
              "Gemensamt introduktionsprogram för nya chefer",
              "Ta fram och införa ett gemensamt introduktionsprogram för nya chefer i förvaltningen.",
              "HR-avdelningen och strategiska avdelningen", LocalDate.of(Y, 9, 30),
              "Dialog i respektive fokusområde aug/sep.", ActivityStatus.ONGOING),
          new Activity(ActivityArea.DEVELOP, "Socialsekreterare",
              "Kollegialt lärande och mentorskap",
              "Skapa utrymme för seniora medarbetare att vara mentorer och möjlighet att auskultera.",
              "Förvaltningsledningen/respektive fokusområde", LocalDate.of(Y + 2, 12, 31),
              "Dialog i respektive fokusområde aug/sep.", ActivityStatus.PLANNED),
          new Activity(ActivityArea.DEVELOP, "Sektionschef",
              "Kompetensutveckling för erfarna sektionschefer",
              "Löpande dialog mellan förvaltningsledningen och HR kring behov av utvecklingsinsatser.",
              "HR-avdelningen", LocalDate.of(Y + 3, 12, 31), "HR sammanställer.", ActivityStatus.ONGOING),
          new Activity(ActivityArea.DEVELOP, "Socialsekreterare och sektionschef",
              "Lön som verktyg för att behålla hög och mycket hög kompetens",
              "Tydlig koppling mellan mål, prestation och lön i löneöversynen.",
              "HR-avdelningen och lönesättande chefer", LocalDate.of(Y + 3, 12, 31),
              "Dialog i respektive fokusområde aug/sep.", ActivityStatus.ONGOING),
          new Activity(ActivityArea.PHASE_OUT, "Socialsekreterare och sektionschef",
              "Webbaserad avgångsenkät",
              "Ta fram och införa en avgångsenkät, följa upp resultatet och utveckla avgångssamtalen.",
              "HR-avdelningen", LocalDate.of(Y, 5, 31), "HR sammanställer.", ActivityStatus.PLANNED));

  /** Three or four of the plan's activities per unit; neighbouring units share some. */
  static List<Activity> forUnit(int unitIndex, String area) {
    List<Activity> mine = new ArrayList<>();
    for (int k = 0; k < PLAN.size(); k++) {
      if ((k + unitIndex) % 3 == 0 || k == unitIndex % PLAN.size()) {
        mine.add(PLAN.get(k));
      }
    }
    if (area.equals("Ekonomiskt bistånd")) {
      mine.add(new Activity(ActivityArea.DEVELOP, "Socialsekreterare ekonomiskt bistånd",
          "Fördjupningsutbildning om långvarigt biståndsmottagande",
          "Utbildning för erfarna socialsekreterare om att bryta långvarigt ekonomiskt biståndsmottagande.",
          "Fokusområde ekonomiskt bistånd", LocalDate.of(Y + 1, 6, 30), "Uppföljning i ledningsgruppen.",
          ActivityStatus.PLANNED));
    }
    return mine;
  }
}
