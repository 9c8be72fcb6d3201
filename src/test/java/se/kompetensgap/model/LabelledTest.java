package se.kompetensgap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelledTest {

  /** What normalise promises, written the obvious way. */
  private static String byRegex(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Test
  void normaliseIsTheRegularExpressionItReplaces() {
    String alphabet = "aÅäÖ Z\t\n\u000B\f\r\u00A0\u2003\u3000xÉ-1";
    Random random = new Random(4711);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(12);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(byRegex(s), Labelled.normalise(s), () -> "\"" + s.replace("\n", "\\n") + "\"");
    }
    assertEquals("", Labelled.normalise(null));
    assertEquals("mycket hög", Labelled.normalise("  Mycket \t\n HÖG "));
  }
}
