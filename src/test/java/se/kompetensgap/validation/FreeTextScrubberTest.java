package se.kompetensgap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The upward version's free text: names and contact details out, meaning and role words kept. */
class FreeTextScrubberTest {

  /** The examples' people and units, one made-up name with Swedish letters, and the vocabulary kept. */
  static FreeTextScrubber scrubber() {
    return new FreeTextScrubber(
        List.of("Anna Lindqvist", "Mikael Berg", "Johan Ek", "Åsa Öberg-Ärlig", "Anna-Karin Svensson"),
        List.of("Ekonomiskt bistånd Norr", "Boendeenheten", "Stöd och råd vuxna", "Vuxna", "Syd", "Barn och unga Söder",
            "Stöd och råd"),
        List.of("Socialsekreterare stöd och råd vuxna", "Barn och unga", "Ekonomiskt bistånd", "Myndighet vuxna", "Sektionschef"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Anna Lindqvist ansvarar för introduktionen.         | [namn] ansvarar för introduktionen.
      ANNA LINDQVIST ansvarar.                            | [namn] ansvarar.
      anna lindqvist ansvarar.                            | [namn] ansvarar.
      Annas grupp har hög arbetsbelastning.               | [namn]s grupp har hög arbetsbelastning.
      Lindqvist och Berg följer upp.                      | [namn] och [namn] följer upp.
      Mikael Bergs team rekryterar.                       | [namn]s team rekryterar.
      Bergsäker plan; berg och dal; ek och björk.         | Bergsäker plan; berg och dal; ek och björk.
      Ekonomiskt bistånd ser behovet.                     | Ekonomiskt bistånd ser behovet.
      Johan Ek och Eks kollegor.                          | [namn] och [namn]s kollegor.
      Åsa Öberg-Ärlig och Öberg-Ärligs grupp.             | [namn] och [namn]s grupp.
      Fråga Åsa eller ärlig feedback.                     | Fråga [namn] eller ärlig feedback.
      Anna-Karin Svensson, Anna-Karin och Karin.          | [namn], [namn] och [namn].
      Samarbete med Ekonomiskt bistånd Norr.              | Samarbete med [enhet].
      Samarbete med ekonomiskt bistånd norr.              | Samarbete med [enhet].
      Boendeenhetens personal och Boendeenheten.          | [enhet]s personal och [enhet].
      Socialsekreterare stöd och råd vuxna saknas.        | Socialsekreterare stöd och råd vuxna saknas.
      Enheten Stöd och råd vuxna saknar socionomer.       | Enheten [enhet] saknar socionomer.
      Stöd till vuxna och unga vuxna.                     | Stöd till vuxna och unga vuxna.
      Vuxna har vakanser.                                 | [enhet] har vakanser.
      Vuxenenheten Sydöstra och Syd.                      | Vuxenenheten Sydöstra och [enhet].
      Barn och unga Söder och barn och unga.              | [enhet] och barn och unga.
      Barn och unga behöver fler.                         | Barn och unga behöver fler.
      Vi ger stöd och råd till familjer.                  | Vi ger stöd och råd till familjer.
      Enheten Stöd och råd har två vakanser.              | Enheten [enhet] har två vakanser.
      Vi ger stöd och råd vuxna emellan.                  | Vi ger stöd och råd vuxna emellan.
      HR-avd och Sektionschefer i Myndighet vuxna.        | HR-avd och Sektionschefer i Myndighet vuxna.
      """)
  void replacesKnownNamesAndKeepsWords(String text, String expected) {
    assertEquals(expected, scrubber().scrub(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Mejla anna.lindqvist@exempel.se eller Ö.Ärlig@kommun.se. | Mejla [e-post] eller [e-post].
      Ring 070-123 45 67.                                     | Ring [telefon].
      Ring 0701234567 eller 08-123 456 78.                    | Ring [telefon] eller [telefon].
      Ring +46 70 123 45 67 eller +46 (0)8 12 34 56.          | Ring [telefon] eller [telefon].
      Tel. 040-34 10 00, vxl.                                 | Tel. [telefon], vxl.
      Personnummer 19800101-1234 och 800101-1234.             | Personnummer [personnummer] och [personnummer].
      Personnummer 198001011234.                              | Personnummer [personnummer].
      Klart 2026-10-01; perioden 2019-2020; 12 tjänster.      | Klart 2026-10-01; perioden 2019-2020; 12 tjänster.
      Budget 1 250 000 kr, 0,5 tjänst, ärende 2026/123.       | Budget 1 250 000 kr, 0,5 tjänst, ärende 2026/123.
      """)
  void replacesContactDetailsOfAnyone(String text, String expected) {
    assertEquals(expected, FreeTextScrubber.contactDetailsOnly().scrub(text));
  }

  @Test
  void countsEveryReplacementAcrossTexts() {
    FreeTextScrubber s = scrubber();
    s.scrub("Anna Lindqvist (anna.lindqvist@exempel.se, 070-123 45 67) och Boendeenheten.");
    s.scrub("Inga namn här, bara Sektionschef och HR-avd.");
    s.scrub("Annas och Bergs grupper.");
    assertEquals(6, s.replacements());
    // The same text from another unit counts again (it is scrubbed once, but shown twice).
    assertEquals("[namn]s och [namn]s grupper.", s.scrub("Annas och Bergs grupper."));
    assertEquals(8, s.replacements());
  }

  @Test
  void blankAndNullStayAsTheyAre() {
    assertEquals("", scrubber().scrub(""));
    assertEquals(null, scrubber().scrub(null));
  }

  @Test
  void theBuilderIgnoresBlankNamesAndKeepsWhatItIsTold() {
    FreeTextScrubber s = FreeTextScrubber.builder().person("").person(" Karin Holm ").unit(null).unit("Boendeenheten")
        .keep("Boendeenheten").build();
    assertEquals("[namn] på Boendeenheten", s.scrub("Karin Holm på Boendeenheten"));
  }
}
