package se.kompetensgap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.LevelCounts;

class ChangeNarrativeTest {

  /** Gaps are tillgång − behov: negative is a shortage. */
  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "-10, -56, GAP_GREW_MARKEDLY",
    "-10, -12, GAP_GREW",
    "-40, -20, GAP_SHRANK_MARKEDLY",
    "-8, -4, GAP_SHRANK",
    "-3, -3, GAP_SAME",
    "-5, 0, GAP_GONE",
    "-5, 21, GAP_TO_SURPLUS",
    "0, -2, NEW_GAP",
    "3, -2, NEW_GAP",
    "3, 5, SURPLUS_GREW",
    "5, 3, SURPLUS_SHRANK",
    "5, 0, SURPLUS_GONE",
    "0, 4, NEW_SURPLUS",
    "0, 0, NONE",
    "7, 7, NONE",
  })
  void classifiesEachLevel(int before, int after, ChangeNarrative.Change expected) {
    assertEquals(expected, ChangeNarrative.classify(before, after));
  }

  /** "Markant": by at least half of what it was and by at least 5 people. */
  @ParameterizedTest(name = "{0} → {1} markant: {2}")
  @CsvSource({"10, 15, true", "10, 14, false", "2, 6, false", "2, 7, true", "40, 25, false", "40, 20, true"})
  void marksOnlyLargeChanges(int before, int after, boolean marked) {
    assertEquals(marked, ChangeNarrative.marked(before, after));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    "20 | 7 | Behovet av kvantitativ ökning har minskat.",
    "7 | 20 | Behovet av kvantitativ ökning har ökat.",
    "7 | 7 | Behovet av kvantitativ ökning är detsamma som föregående år.",
    "0 | 4 | Det har uppstått ett behov av kvantitativ ökning.",
    "4 | 0 | Behovet av kvantitativ ökning har försvunnit.",
    "4 | -2 | Behovet av kvantitativ ökning har ersatts av ett behov av minskning.",
    "-4 | -2 | Behovet av kvantitativ minskning har minskat.",
    "-2 | -4 | Behovet av kvantitativ minskning har ökat.",
    "-2 | 0 | Behovet av kvantitativ minskning har försvunnit.",
    "0 | -2 | Det har uppstått ett behov av kvantitativ minskning.",
    "0 | 0 | Det finns fortfarande inget behov av kvantitativ förändring.",
  })
  void describesTheQuantitativeNeed(int before, int after, String expected) {
    assertEquals(expected, ChangeNarrative.quantitative(before, after));
  }

  /** Seed 002, Socialsekreterare ekonomiskt bistånd, 2 and 5 years. */
  @org.junit.jupiter.api.Test
  void writesSeed2002sSentenceForEkonomisktBistand() {
    String s = ChangeNarrative.describe(20, 7, LevelCounts.of(32, -10, -5, -8), LevelCounts.of(32, -56, 21, -4));
    assertEquals(
        "Behovet av kvantitativ ökning har minskat. Kompetensgapet på god nivå har ökat markant "
            + "samtidigt som gapet på hög nivå har försvunnit och ersatts av ett överskott. Gapet på "
            + "mycket hög nivå har minskat.",
        s);
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(delimiter = '|', value = {
    // Seed 002, Socialsekreterare stöd och råd barn och unga, 2 år
    "5,-3,-9,-5 | 5,-1,-5,-3 | 4 | 2 | Behovet av kvantitativ ökning har minskat. Kompetensgapet på god-, hög- och mycket hög nivå har minskat.",
    // Seed 002, Socialsekreterare familjehem, 2 år
    "-1,9,-7,-5 | -1,9,-4,-5 | 4 | 1 | Behovet av kvantitativ ökning har minskat. Kompetensgapet på hög nivå har minskat samtidigt som gapet på viss- och mycket hög nivå är detsamma som föregående år.",
    // Seed 002, myndighet barn och unga, 5 år: a new gap at god, a growing surplus at viss
    "50,1,-66,-19 | 61,-2,-63,-16 | 34 | 20 | Behovet av kvantitativ ökning har minskat. Det har uppstått ett kompetensgap på god nivå samtidigt som gapet på hög- och mycket hög nivå har minskat. Överskottet på viss nivå har ökat.",
    "1,1,1,1 | 1,1,1,1 | -4 | -4 | Behovet av kvantitativ minskning är detsamma som föregående år. Kompetensgapen per nivå är desamma som föregående år.",
  })
  void writesOneSentencePerCategory(String before, String after, int goalBefore, int goalAfter, String expected) {
    assertEquals(expected, ChangeNarrative.describe(goalBefore, goalAfter, counts(before), counts(after)));
  }

  @org.junit.jupiter.api.Test
  void namesLevelsTogetherAsTheReportsDo() {
    assertEquals("god nivå", ChangeNarrative.levels(List.of(Level.GOD)));
    assertEquals("hög- och mycket hög nivå", ChangeNarrative.levels(List.of(Level.HOG, Level.MYCKET_HOG)));
    assertEquals("god-, hög- och mycket hög nivå", ChangeNarrative.levels(List.of(Level.GOD, Level.HOG, Level.MYCKET_HOG)));
  }

  private static LevelCounts counts(String csv) {
    String[] p = csv.split(",");
    return LevelCounts.of(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()), Integer.parseInt(p[2].strip()), Integer.parseInt(p[3].strip()));
  }
}
