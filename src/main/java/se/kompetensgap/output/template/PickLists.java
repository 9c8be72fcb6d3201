package se.kompetensgap.output.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import se.kompetensgap.config.Configuration;
import se.kompetensgap.model.ActivityArea;
import se.kompetensgap.model.ActivityStatus;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.MappingType;
import se.kompetensgap.text.Contract;

/**
 * The drop-down lists of the template. Each is a column on the hidden Listor sheet behind a
 * workbook-level named range; validations refer to the name, never to an inline "a,b,c" list,
 * because Swedish labels contain commas and spaces and inline lists stop at 255 characters.
 */
final class PickLists {
  private PickLists() {}

  /** One list: the defined name validations use, the header above it on Listor, the values. */
  record PickList(String name, String header, List<String> values) {
    PickList {
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || values.isEmpty()) {
        throw new IllegalArgumentException("bad pick list " + name + " " + values);
      }
      values = List.copyOf(values);
    }
  }

  static final String FOCUS_AREAS = "Lista_Fokusomrade";
  static final String MAPPING_TYPES = "Lista_Kartlaggningstyp";
  static final String CATEGORIES = "Lista_Yrkeskategori";
  static final String CONSEQUENCES = "Lista_Konsekvens";
  static final String LIKELIHOODS = "Lista_Sannolikhet";
  static final String ACTIVITY_AREAS = "Lista_Omrade";
  static final String STATUSES = "Lista_Status";

  /** The lists in Listor column order. */
  static List<PickList> all(Configuration config, List<Category> categories) {
    List<String> activityCategories = new ArrayList<>();
    categories.forEach(c -> activityCategories.add(c.name()));
    activityCategories.addAll(TemplateText.ACTIVITY_GROUPS);
    return List.of(
        new PickList(
            FOCUS_AREAS,
            Contract.KEY_FOCUS_AREA,
            config.focusAreas().stream().map(FocusArea::name).toList()),
        new PickList(
            MAPPING_TYPES,
            Contract.KEY_MAPPING_TYPE,
            labels(MappingType.class, MappingType::label)),
        new PickList(CATEGORIES, Contract.CATEGORY, activityCategories),
        new PickList(CONSEQUENCES, "Konsekvens", labels(Consequence.class, Consequence::label)),
        new PickList(LIKELIHOODS, "Sannolikhet", labels(Likelihood.class, Likelihood::label)),
        new PickList(
            ACTIVITY_AREAS,
            Contract.ACTIVITY_AREA,
            labels(ActivityArea.class, ActivityArea::label)),
        new PickList(
            STATUSES, Contract.STATUS, labels(ActivityStatus.class, ActivityStatus::label)));
  }

  static <E extends Enum<E>> List<String> labels(Class<E> type, Function<E, String> label) {
    return Arrays.stream(type.getEnumConstants()).map(label).toList();
  }
}
