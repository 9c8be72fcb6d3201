package se.kompetensgap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kompetensgap.config.ConfigurationParser;
import se.kompetensgap.examples.ExampleLists;
import se.kompetensgap.testing.WorkbookDump;

/**
 * The committed lists are what the code writes, in content. After a deliberate change:
 * {@code mall --lista enheter -o workbook-templates/enheter.xlsx}, {@code mall --lista personal
 * -o workbook-templates/personal.xlsx} and {@code exempel -o MAPP --listor examples}.
 */
class ListTemplatesFileTest {

  @ParameterizedTest
  @CsvSource({
    "workbook-templates/enheter.xlsx, enheter, false",
    "workbook-templates/personal.xlsx, personal, false",
    "examples/enheter.xlsx, enheter, true",
    "examples/personal.xlsx, personal, true"})
  void committedListIsWhatTheCodeWrites(String file, String which, boolean example) throws Exception {
    var config = ConfigurationParser.defaults();
    try (XSSFWorkbook built = which.equals("enheter")
        ? ListTemplates.expectedUnits(example ? ExampleLists.expectedUnits() : List.of())
        : ListTemplates.headcounts(config, example ? ExampleLists.headcounts() : Map.of())) {
      assertEquals(WorkbookDump.dump(built), WorkbookDump.dump(Path.of(file)));
    }
  }
}
