package se.kompetensgap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kompetensgap.model.Activity;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.model.UnitInfo;
import se.kompetensgap.model.UnitReport;

class ActivityPlanTest {

  static UnitReport unit(String area, String name, Activity... activities) {
    UnitInfo info = new UnitInfo(2026, "F", new FocusArea(area), "Avd", name, "Chef", LocalDate.of(2026, 10, 1), MappingType.FULL);
    return new UnitReport(name + ".xlsx", info, List.of(), List.of(), List.of(activities));
  }

  static Activity act(ActivityArea area, String title, LocalDate end, ActivityStatus status) {
    return new Activity(area, "Socialsekreterare", title, "", "HR-avdelningen", end, "", status);
  }

  @Test
  void mergesTheSameActivityFromSeveralUnitsAndListsThemAll() {
    LocalDate d = LocalDate.of(2026, 12, 31);
    List<PlannedActivity> plan = ActivityPlan.merge(List.of(
        unit("Vuxna", "Syd", act(ActivityArea.RECRUIT, "Attraktiva annonser", d, ActivityStatus.DONE),
            act(ActivityArea.DEVELOP, "Mentorskap", d, ActivityStatus.PLANNED)),
        unit("Barn och unga", "Norr", act(ActivityArea.RECRUIT, "attraktiva  annonser.", LocalDate.of(2026, 6, 30), ActivityStatus.ONGOING)),
        unit("Vuxna", "Centrum", act(ActivityArea.ATTRACT, "Attraktiva annonser", d, ActivityStatus.PLANNED))));
    assertEquals(3, plan.size(), "same title in another area is another activity");
    assertEquals(List.of(ActivityArea.ATTRACT, ActivityArea.RECRUIT, ActivityArea.DEVELOP), plan.stream().map(PlannedActivity::area).toList());
    PlannedActivity ads = plan.get(1);
    assertEquals(List.of("Syd (Vuxna)", "Norr (Barn och unga)"), ads.units());
    assertEquals(ActivityStatus.ONGOING, ads.status(), "Klar only when every unit says so");
    assertEquals(Optional.of(LocalDate.of(2026, 6, 30)), ads.endDate(), "the earliest deadline");
  }

  @ParameterizedTest(name = "{0} {1} on {2}: overdue={3}")
  @CsvSource({
    "2026-06-30, Pågående, 2026-07-01, true",
    "2026-06-30, Planerad, 2026-07-01, true",
    "2026-06-30, Klar, 2026-07-01, false",
    "2026-06-30, Pågående, 2026-06-30, false",
    "2026-06-30, Pågående, 2026-01-01, false"})
  void overdueMeansPastSlutdatumAndNotKlar(LocalDate end, String status, LocalDate today, boolean overdue) {
    ActivityStatus s = se.kompetensgap.model.Labelled.byLabel(ActivityStatus.class, ActivityStatus::label, status).orElseThrow();
    PlannedActivity p = ActivityPlan.merge(List.of(unit("Vuxna", "Syd", act(ActivityArea.ATTRACT, "A", end, s)))).get(0);
    assertEquals(overdue, p.overdue(today));
  }

  @Test
  void anActivityWithoutSlutdatumIsNeverOverdue() {
    PlannedActivity p = ActivityPlan.merge(List.of(unit("Vuxna", "Syd", act(ActivityArea.ATTRACT, "A", null, ActivityStatus.PLANNED)))).get(0);
    assertFalse(p.overdue(LocalDate.of(2100, 1, 1)));
    assertTrue(p.endDate().isEmpty());
  }

  @Test
  void examplesShareActivitiesAcrossUnits() {
    List<PlannedActivity> plan = ActivityPlan.merge(se.kompetensgap.examples.ExampleFolder.reports());
    long total = se.kompetensgap.examples.ExampleFolder.reports().stream().mapToLong(u -> u.activities().size()).sum();
    assertEquals(10, plan.size(), "the nine shared activities and ekonomiskt bistånd's own");
    assertEquals(total, plan.stream().mapToLong(p -> p.units().size()).sum(), "every unit's activity is listed once");
  }
}
