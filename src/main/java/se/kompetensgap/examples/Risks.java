package se.kompetensgap.examples;

import java.util.Map;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.Consequence;
import se.kompetensgap.model.Likelihood;
import se.kompetensgap.model.RiskAssessment;

/** The examples' risk assessments: seed 002's "Riskanalys" per category, varied a little per unit. */
final class Risks {
  private Risks() {}

  record Rating(Consequence consequence, Likelihood likelihood, String comment) {}

  static final String MODERATE =
      "Kompetensgapet bedöms inte som allvarligt men kan påverka kvaliteten på verksamhetens "
          + "service till invånarna. Viss risk för hög arbetsbelastning och ökad personalomsättning.";

  static final Map<String, Rating> BY_CATEGORY =
      Map.ofEntries(
          Map.entry("Sektionschef", new Rating(Consequence.LESS_SERIOUS, Likelihood.LOW,
              "Det är en utmaning att attrahera och rekrytera erfarna sektionschefer.")),
          Map.entry("Socialsekreterare ekonomiskt bistånd", new Rating(Consequence.LESS_SERIOUS, Likelihood.LOW, MODERATE)),
          Map.entry("Socialsekreterare familjehem", new Rating(Consequence.LESS_SERIOUS, Likelihood.LOW, MODERATE)),
          Map.entry("Socialsekreterare myndighet barn och unga", new Rating(Consequence.SERIOUS, Likelihood.HIGH,
              "Gruppen är stor, kompetenskraven är höga och det ställs höga känslomässiga krav. "
                  + "Kompetensgap på hög och mycket hög nivå ger allvarlig risk för arbetsmiljö och verksamhet.")),
          Map.entry("Socialsekreterare samtal och behandling", new Rating(Consequence.NOT_SERIOUS, Likelihood.LOW,
              "Gapet bedöms vara litet, så riskerna bedöms inte som allvarliga.")),
          Map.entry("Socialsekreterare stöd och råd barn och unga", new Rating(Consequence.LESS_SERIOUS, Likelihood.LOW, MODERATE)),
          Map.entry("Socialsekreterare myndighet vuxna", new Rating(Consequence.LESS_SERIOUS, Likelihood.LOW,
              "Det är en utmaning att attrahera, rekrytera och behålla erfarna socialsekreterare inom myndighet vuxna.")),
          Map.entry("Socialsekreterare stöd och råd vuxna", new Rating(Consequence.NOT_SERIOUS, Likelihood.LOW,
              "Förhållandevis lätt att rekrytera den kompetens som behövs.")),
          Map.entry("Socialpedagog vuxna", new Rating(Consequence.LESS_SERIOUS, Likelihood.MEDIUM, "")),
          Map.entry("Socialpedagog barn och unga", new Rating(Consequence.LESS_SERIOUS, Likelihood.MEDIUM, "")),
          Map.entry("Förste socialsekreterare", new Rating(Consequence.LESS_SERIOUS, Likelihood.MEDIUM,
              "Förste socialsekreterare bär mycket av handledningen; vakanser märks snabbt.")));

  /** The unit's assessment: the category's rating, one step more likely in every fifth unit. */
  static RiskAssessment assessment(Category category, int unitIndex) {
    Rating r = BY_CATEGORY.get(category.name());
    Likelihood work = r.likelihood();
    if (unitIndex % 5 == 2 && work != Likelihood.HIGH) {
      work = Likelihood.values()[work.ordinal() + 1];
    }
    return new RiskAssessment(category, r.consequence(), r.likelihood(), r.consequence(), work, r.comment());
  }
}
