package se.kompetensgap.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kompetensgap.examples.ExampleFolder;
import se.kompetensgap.testing.BadFolder;

class ZipPreflightTest {

  @TempDir Path dir;

  static byte[] good() throws Exception {
    return BadFolder.filled(ExampleFolder.reports().get(0), wb -> {});
  }

  @Test
  void aValidWorkbookPassesInMilliseconds() throws Exception {
    Path f = dir.resolve("ok.xlsx");
    Files.write(f, good());
    long t0 = System.nanoTime();
    ZipPreflight.check(f.toFile());
    assertTrue(System.nanoTime() - t0 < 2_000_000_000L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"})
  void anExternalEntityIsRejectedBeforeParsing(String part) throws Exception {
    Path secret = Files.writeString(dir.resolve("hemlig.txt"), "HEMLIGT-4711");
    Path f = dir.resolve("xxe.xlsx");
    Files.write(f, BadFolder.xxe(good(), part, secret));
    var e = assertThrows(UnreadableFileException.class, () -> PoiWorkbookSource.open(f.toFile()));
    assertTrue(e.getMessage().contains("XML-definition (DOCTYPE/ENTITY)"), e.getMessage());
  }

  /**
   * Defence in depth: even without the pre-flight, POI's hardened parsers never resolve an
   * external entity. Either the part fails to parse or the entity stays empty; the secret never
   * reaches a cell.
   */
  @ParameterizedTest
  @ValueSource(strings = {"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"})
  void poiAloneNeverResolvesAnExternalEntity(String part) throws Exception {
    Path secret = Files.writeString(dir.resolve("hemlig.txt"), "HEMLIGT-4711");
    byte[] hostile = BadFolder.xxe(good(), part, secret);
    assertTrue(new String(hostile, java.nio.charset.StandardCharsets.ISO_8859_1).length() > 0);
    StringBuilder everything = new StringBuilder();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(hostile))) {
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            everything.append(c.toString()).append('|');
          }
        }
      }
      for (int i = 0; i < wb.getSharedStringSource().getCount(); i++) {
        everything.append(wb.getSharedStringSource().getItemAt(i).getString());
      }
    } catch (Exception refused) {
      everything.append("refused: ").append(refused);
    }
    assertFalse(everything.toString().contains("HEMLIGT"), everything.toString());
  }

  @Test
  void aTruncatedWorkbookIsCalledIncomplete() throws Exception {
    byte[] g = good();
    Path f = dir.resolve("halv.xlsx");
    Files.write(f, java.util.Arrays.copyOf(g, g.length / 2));
    var e = assertThrows(UnreadableFileException.class, () -> ZipPreflight.check(f.toFile()));
    assertTrue(e.getMessage().contains("skadad eller ofullständig"), e.getMessage());
  }

  @Test
  void anHtmlPageNamedXlsIsCalledWhatItIs() throws Exception {
    Path f = dir.resolve("export.xls");
    Files.writeString(f, "<html><body><table><tr><td>1</td></tr></table></body></html>");
    var e = assertThrows(UnreadableFileException.class, () -> ZipPreflight.check(f.toFile()));
    assertTrue(e.getMessage().contains("webbsida eller XML-fil"), e.getMessage());
  }

  @Test
  void tooManyEntriesAreRejected() throws Exception {
    java.util.Map<String, byte[]> extra = new java.util.LinkedHashMap<>();
    for (int i = 0; i < ZipPreflight.MAX_ENTRIES + 1; i++) {
      extra.put("xl/extra/" + i + ".xml", new byte[] {'<', 'a', '/', '>'});
    }
    Path f = dir.resolve("manga.xlsx");
    Files.write(f, BadFolder.rewrite(good(), java.util.Map.of(), extra));
    var e = assertThrows(UnreadableFileException.class, () -> ZipPreflight.check(f.toFile()));
    assertTrue(e.getMessage().contains("delar"), e.getMessage());
  }
}
