package se.kompetensgap.model;

import java.time.LocalDate;
import java.util.Objects;

/** One row of the Aktiviteter table. Category is free text ("Samtliga socialsekreterare"). */
public record Activity(
    ActivityArea area,
    String category,
    String title,
    String description,
    String performer,
    LocalDate endDate,
    String followUp,
    ActivityStatus status) {

  public Activity {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(status, "status");
    category = clean(category);
    title = clean(title);
    description = clean(description);
    performer = clean(performer);
    followUp = clean(followUp);
    if (title.isEmpty()) {
      throw new IllegalArgumentException("activity without title");
    }
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip();
  }
}
