package se.kompetensgap.intake;

import java.util.List;
import java.util.Optional;

/**
 * The seam between parsing a file and understanding it: a reader asks for a table by name and
 * gets rows of {@link RawCell}s, whoever parsed the file (POI's user model today; a streaming
 * parser can implement the same interface).
 */
public interface WorkbookSource extends AutoCloseable {

  /**
   * The Excel table named {@code tableName} (case-insensitive), or else the sheet named {@code
   * sheetName} with a header row, among its first rows, that contains {@code keyHeader}.
   */
  Optional<RawTable> table(String tableName, String sheetName, String keyHeader);

  /** The names of the Excel tables in the workbook, to tell a consolidated workbook apart. */
  List<String> tableNames();

  @Override
  void close();
}
