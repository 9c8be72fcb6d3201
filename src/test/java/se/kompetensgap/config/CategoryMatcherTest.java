package se.kompetensgap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kompetensgap.model.FocusArea;

class CategoryMatcherTest {

  private final CategoryMatcher matcher = new CategoryMatcher(ConfigurationParser.defaults());

  @ParameterizedTest(name = "{0} in {1} is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // seed spellings, case, spacing and punctuation
        "Socialekreterare myndighet barn och unga | Barn och unga | Socialsekreterare myndighet barn och unga",
        "socialsekreterare,  MYNDIGHET vuxna     | Vuxna         | Socialsekreterare myndighet vuxna",
        "Socialsekreterare stöd och råd Barn och familj | Barn och unga | Socialsekreterare stöd och råd barn och unga",
        "Socialsekreterare myndighet familjehem  | Barn och unga | Socialsekreterare familjehem",
        // the area's name completes a short name (seed 000: "Socialpedagoger" per area)
        "Socialpedagog                            | Vuxna         | Socialpedagog vuxna",
        "Socialsekreterare stöd och råd           | Vuxna         | Socialsekreterare stöd och råd vuxna",
        "Socialsekreterare stöd och råd           | Barn och unga | Socialsekreterare stöd och råd barn och unga",
        "Sektionschefer                           | Vuxna         | Sektionschef",
      })
  void findsKnownCategoriesWrittenDifferently(String typed, String area, String expected) {
    var m = matcher.category(typed, new FocusArea(area));
    assertEquals(expected, assertInstanceOf(CategoryMatcher.Found.class, m).category().name());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Socialsekretare ekonomisk bistånd | Ekonomiskt bistånd | Socialsekreterare ekonomiskt bistånd",
        "Sektionchef                       | Vuxna              | Sektionschef",
      })
  void suggestsTheClosestNameForAnUnknownOne(String typed, String area, String suggestion) {
    var m = matcher.category(typed, new FocusArea(area));
    assertEquals(suggestion, assertInstanceOf(CategoryMatcher.Unknown.class, m).suggestion());
  }

  @org.junit.jupiter.api.Test
  void aCategoryOfAnotherAreaIsNamedWithItsOwner() {
    var m = matcher.category("Socialsekreterare ekonomiskt bistånd", new FocusArea("Vuxna"));
    assertEquals("Ekonomiskt bistånd", assertInstanceOf(CategoryMatcher.WrongArea.class, m).owner().name());
  }
}
