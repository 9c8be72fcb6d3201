package se.kompetensgap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CellsTest {

  @Test
  void textLongerThanACellHoldsIsCutWithAVisibleMark() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Cells cells = new Cells(wb.createSheet("x"));
      String written = cells.text(0, 0, "a".repeat(40_000), null).getStringCellValue();
      assertEquals(Cells.MAX_TEXT, written.length());
      assertTrue(written.endsWith("… (förkortad)"));
    }
  }

  @Test
  void aLongUnitListStopsAfterTheCapAndSaysHowManyMore() {
    List<String> units = IntStream.rangeClosed(1, 15_000).mapToObj(i -> "Enhet " + i).toList();
    assertEquals("Enhet 1, Enhet 2 och 14998 till", Labels.unitList(units, 2));
    assertEquals("Norr, Söder och Öster", Labels.unitList(List.of("Norr", "Söder", "Öster", "Norr"), 8));
    assertEquals("Norr", Labels.unitList(List.of("Norr"), 8));
  }
}
