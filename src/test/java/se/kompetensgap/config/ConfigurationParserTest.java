package se.kompetensgap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kompetensgap.model.Category;
import se.kompetensgap.model.FocusArea;
import se.kompetensgap.model.Level;

class ConfigurationParserTest {

  @Test
  void shippedDefaultsHaveTheSpecsAreasAndCategories() {
    Configuration c = ConfigurationParser.defaults();
    assertEquals(List.of("Ekonomiskt bistånd", "Vuxna", "Barn och unga"), c.focusAreas().stream().map(FocusArea::name).toList());
    assertEquals(5, c.ownCategories(new FocusArea("Barn och unga")).size());
    assertEquals(List.of(new Category("Sektionschef"), new Category("Förste socialsekreterare")), c.commonCategories());
    assertTrue(c.levelDefinitions().get(Level.VISS).contains("enklare"));
    assertEquals("Socialsekreterare totalt", c.groupTotalLabel());
  }

  @Test
  void theBundledDefaultIsTheFileInWorkbookTemplates() throws Exception {
    String shipped = Files.readString(Path.of("workbook-templates/konfiguration.txt"));
    try (var in = ConfigurationParser.class.getResourceAsStream("konfiguration.txt")) {
      assertEquals(shipped, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void hrCanAddAnAreaWithoutRecompiling() throws Exception {
    Configuration c = ConfigurationParser.parse("[Fokusområden]\nFunktionsstöd: Boendestödjare; Stödassistent\n[Alla fokusområden]\nEnhetschef\n", "test.txt");
    assertEquals(List.of(new Category("Boendestödjare"), new Category("Stödassistent"), new Category("Enhetschef")),
        c.categoriesFor(new FocusArea("Funktionsstöd")));
  }

  @Test
  void aMistakeNamesTheLineAndWhatToDo() {
    var e = assertThrows(ConfigurationException.class,
        () -> ConfigurationParser.parse("[Fokusområden]\nVuxna Socialpedagog\n", "konf.txt"));
    assertTrue(e.getMessage().startsWith("konf.txt rad 2:"), e.getMessage());
    assertTrue(e.getMessage().contains("saknar kolon"), e.getMessage());
  }

  @Test
  void anAliasMustPointAtAKnownCategory() {
    var e = assertThrows(ConfigurationException.class,
        () -> ConfigurationParser.parse("[Fokusområden]\nVuxna: A\n[Alias]\nB = C\n", "k.txt"));
    assertTrue(e.getMessage().contains("\"C\""), e.getMessage());
  }

  @Test
  void aCategoryListedTwiceIsRefused() {
    var e = assertThrows(ConfigurationException.class,
        () -> ConfigurationParser.parse("[Fokusområden]\nVuxna: A\nBarn: A\n", "k.txt"));
    assertTrue(e.getMessage().contains("står på två ställen"), e.getMessage());
  }
}
