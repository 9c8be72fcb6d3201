package se.kompetensgap.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the Aktiviteter table. Category is free text ("Samtliga socialsekreterare").
 *
 * <p>Slutdatum is a date when the manager wrote one; a Tidsplan written as text ("Löpande",
 * "Under 2019", "Påbörjas våren 2019", seed 000) is kept in {@code schedule} instead, with {@code
 * endDate} null.
 */
public record Activity(
    ActivityArea area,
    String category,
    String title,
    String description,
    String performer,
    LocalDate endDate,
    String followUp,
    ActivityStatus status,
    String schedule) {

  /** An activity whose Slutdatum is a date or blank. */
  public Activity(
      ActivityArea area,
      String category,
      String title,
      String description,
      String performer,
      LocalDate endDate,
      String followUp,
      ActivityStatus status) {
    this(area, category, title, description, performer, endDate, followUp, status, "");
  }

  public Activity {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(status, "status");
    category = clean(category);
    title = clean(title);
    description = clean(description);
    performer = clean(performer);
    followUp = clean(followUp);
    schedule = endDate != null ? "" : clean(schedule);
    if (title.isEmpty()) {
      throw new IllegalArgumentException("activity without title");
    }
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip();
  }
}
