package se.kompetensgap.output.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.CategoryRow;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.LevelCounts;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;

/** A unit's answers in the style of seed 002 (Barn och unga, 2025), for filling templates. */
final class SampleReports {
  private SampleReports() {}

  static final FocusArea BARN_OCH_UNGA = new FocusArea("Barn och unga");
  static final Category MYNDIGHET = new Category("Socialsekreterare myndighet barn och unga");
  static final Category FAMILJEHEM = new Category("Socialsekreterare familjehem");
  static final Category SEKTIONSCHEF = new Category("Sektionschef");
  static final Category FORSTE = new Category("Förste socialsekreterare");

  static UnitReport sektionNorr() {
    return sektionNorr(activities());
  }

  static UnitReport sektionNorr(List<Activity> activities) {
    UnitInfo info =
        new UnitInfo(
            2025,
            "Arbetsmarknads- och socialförvaltningen",
            BARN_OCH_UNGA,
            "Avdelning Barn och familj",
            "Sektion Norr",
            "Karin Lindqvist",
            LocalDate.of(2025, 3, 14),
            MappingType.FULL);
    List<CategoryRow> rows =
        List.of(
            new CategoryRow(
                MYNDIGHET,
                LevelCounts.of(6, 9, 4, 1),
                LevelCounts.of(2, 8, 9, 3),
                LevelCounts.of(1, 7, 10, 4)),
            new CategoryRow(
                FAMILJEHEM,
                LevelCounts.of(1, 3, 2, 0),
                LevelCounts.of(0, 3, 3, 1),
                LevelCounts.of(0, 2, 4, 1)),
            new CategoryRow(
                SEKTIONSCHEF,
                LevelCounts.of(0, 1, 1, 0),
                LevelCounts.of(0, 0, 2, 0),
                LevelCounts.of(0, 0, 1, 1)),
            new CategoryRow(
                FORSTE, LevelCounts.of(0, 0, 1, 1), LevelCounts.of(0, 0, 1, 1), LevelCounts.ZERO));
    List<RiskAssessment> risks =
        List.of(
            new RiskAssessment(
                MYNDIGHET,
                Consequence.SERIOUS,
                Likelihood.HIGH,
                Consequence.SERIOUS,
                Likelihood.MEDIUM,
                "Gruppen är stor, kompetenskraven höga och det ställs höga känslomässiga krav."),
            new RiskAssessment(
                FAMILJEHEM,
                Consequence.LESS_SERIOUS,
                Likelihood.MEDIUM,
                Consequence.NOT_SERIOUS,
                Likelihood.LOW,
                "Då gapet bedöms vara litet bedöms inte heller riskerna som allvarliga."),
            new RiskAssessment(SEKTIONSCHEF, Consequence.LESS_SERIOUS, null, null, null, ""));
    return new UnitReport("Sektion Norr.xlsx", info, rows, risks, activities);
  }

  static List<Activity> activities() {
    return List.of(
        new Activity(
            ActivityArea.DEVELOP,
            "Sektionschef",
            "Erbjuda kompetensutvecklingsinsatser för erfarna sektionschefer.",
            "Löpande dialog mellan förvaltningsledningen och HR-avdelningen kring behov av "
                + "utvecklingsinsatser.",
            "HR-avdelningen",
            LocalDate.of(2026, 12, 31),
            "Följs upp vid nästa kartläggning.",
            ActivityStatus.ONGOING),
        new Activity(
            ActivityArea.ATTRACT,
            "Samtliga socialsekreterare",
            "Utveckla kontakt och samarbeten med högskolor och universitet.",
            "Dialog med rektorer och lärare, bland annat om praktikplatser.",
            "Strategiska avdelningen och respektive fokusområde",
            LocalDate.of(2027, 6, 30),
            "",
            ActivityStatus.PLANNED),
        new Activity(
            ActivityArea.RECRUIT,
            "Samtliga yrkeskategorier",
            "Attraktiva annonser och god kandidatupplevelse",
            "",
            "Rekryteringsenheten",
            null,
            "",
            ActivityStatus.DONE));
  }

  /** More activities than the template has empty rows for. */
  static List<Activity> manyActivities(int count) {
    List<Activity> list = new ArrayList<>();
    ActivityArea[] areas = ActivityArea.values();
    ActivityStatus[] statuses = ActivityStatus.values();
    for (int i = 1; i <= count; i++) {
      list.add(
          new Activity(
              areas[i % areas.length],
              "Socialsekreterare familjehem",
              "Aktivitet " + i,
              "Beskrivning " + i,
              "HR-avdelningen",
              LocalDate.of(2026, 1, 1).plusDays(i),
              "",
              statuses[i % statuses.length]));
    }
    return list;
  }
}
