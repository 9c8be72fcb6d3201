package se.kompetensgap.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;

/**
 * One activity of the consolidated plan: the same activity (area and title) from several units
 * shown once, with all its units (issue 4).
 *
 * @param endDate the earliest Slutdatum any unit gave (the first deadline that can be missed)
 * @param status the least advanced status any unit gave: the activity is Klar only when every
 *     unit says so
 * @param units the units that have it, as "Enhet (Fokusområde)", in reading order
 */
public record PlannedActivity(
    ActivityArea area,
    String title,
    String categories,
    String description,
    String performer,
    Optional<LocalDate> endDate,
    String followUp,
    ActivityStatus status,
    List<String> units,
    String schedule) {

  public PlannedActivity(
      ActivityArea area,
      String title,
      String categories,
      String description,
      String performer,
      Optional<LocalDate> endDate,
      String followUp,
      ActivityStatus status,
      List<String> units) {
    this(area, title, categories, description, performer, endDate, followUp, status, units, "");
  }

  public PlannedActivity {
    units = List.copyOf(units);
    schedule = schedule == null || endDate.isPresent() ? "" : schedule.strip();
  }

  /** What the Slutdatum column shows when there is no date: the Tidsplan text ("Löpande"), or "". */
  public String scheduleText() {
    return schedule;
  }

  /** Past its Slutdatum and not Klar on {@code today} (the sheet recomputes this with TODAY()). */
  public boolean overdue(LocalDate today) {
    return status != ActivityStatus.DONE && endDate.isPresent() && endDate.get().isBefore(today);
  }
}
