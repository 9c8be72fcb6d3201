package se.kompetensgap.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

  @Test
  void openKeepsEveryPartExactlyAsTheZipHoldsIt() throws Exception {
    Path f = dir.resolve("ok.xlsx");
    Files.write(f, good());
    try (ZipPreflight.Checked checked = ZipPreflight.open(f.toFile()).orElseThrow();
        java.util.zip.ZipFile zip = new java.util.zip.ZipFile(f.toFile())) {
      assertEquals(zip.size(), checked.parts().size());
      for (var e : java.util.Collections.list(zip.entries())) {
        try (var in = zip.getInputStream(e)) {
          assertArrayEquals(in.readAllBytes(), checked.parts().get(e.getName()), e.getName());
        }
      }
    }
  }

  /**
   * A stored (uncompressed) part with one digit changed still unzips, so only its checksum
   * tells: both the plain check and the fast path's open reject it, in the same words.
   */
  @Test
  void aChangedDigitIsCaughtByTheChecksumOnBothPaths() throws Exception {
    byte[] stored = stored(good());
    String text = new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = java.util.regex.Pattern.compile("<v>[0-9]").matcher(text).results().findFirst().orElseThrow().end() - 1;
    stored[at] = (byte) (stored[at] == '7' ? '8' : '7');
    Path f = dir.resolve("skadad.xlsx");
    Files.write(f, stored);
    var plain = assertThrows(UnreadableFileException.class, () -> ZipPreflight.check(f.toFile()));
    var fast = assertThrows(UnreadableFileException.class, () -> ZipPreflight.open(f.toFile()));
    assertTrue(plain.getMessage().contains("skadad eller ofullständig"), plain.getMessage());
    assertEquals(plain.getMessage(), fast.getMessage());
  }

  @Test
  void openLeavesFilesThatAreNoZipToTheParser() throws Exception {
    Path f = dir.resolve("tom.xlsx");
    Files.write(f, new byte[0]);
    assertTrue(ZipPreflight.open(f.toFile()).isEmpty());
  }

  /** The same package with every entry stored, not deflated. */
  private static byte[] stored(byte[] xlsx) throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx));
        var zos = new java.util.zip.ZipOutputStream(out)) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        var crc = new java.util.zip.CRC32();
        crc.update(data);
        var copy = new java.util.zip.ZipEntry(e.getName());
        copy.setMethod(java.util.zip.ZipEntry.STORED);
        copy.setSize(data.length);
        copy.setCompressedSize(data.length);
        copy.setCrc(crc.getValue());
        zos.putNextEntry(copy);
        zos.write(data);
        zos.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
