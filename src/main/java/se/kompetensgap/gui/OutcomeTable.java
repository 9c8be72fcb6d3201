package se.kompetensgap.gui;

import java.awt.Color;
import java.awt.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import se.kompetensgap.validation.FileFate;
import se.kompetensgap.validation.FileOutcome;
import se.kompetensgap.validation.Finding;

/** Every file's fate, one row each, as on the workbook's sheet Inläsning: file, status, message. */
final class OutcomeTable extends AbstractTableModel {

  static final String[] COLUMNS = {"Fil", "Status", "Meddelande"};

  private List<FileOutcome> rows = List.of();

  void show(List<FileOutcome> outcomes) {
    List<FileOutcome> sorted = new ArrayList<>(outcomes);
    sorted.sort(Comparator.comparing(FileOutcome::file));
    rows = List.copyOf(sorted);
    fireTableDataChanged();
  }

  FileOutcome row(int i) {
    return rows.get(i);
  }

  @Override
  public int getRowCount() {
    return rows.size();
  }

  @Override
  public int getColumnCount() {
    return COLUMNS.length;
  }

  @Override
  public String getColumnName(int column) {
    return COLUMNS[column];
  }

  @Override
  public Object getValueAt(int row, int column) {
    FileOutcome o = rows.get(row);
    return switch (column) {
      case 0 -> o.file();
      case 1 -> o.fate().label();
      default -> message(o);
    };
  }

  /** The findings as the terminal shows them, without the file name the row already has. */
  static String message(FileOutcome o) {
    return ordered(o).stream()
        .map(f -> (f.place().isEmpty() ? "" : f.place() + ": ") + f.message())
        .collect(Collectors.joining("  ·  "));
  }

  /**
   * The findings, for a skipped file the reason it was skipped first: a superseded version's own
   * warnings come before the note that it was superseded, and the note is what the row is about.
   */
  static List<Finding> ordered(FileOutcome o) {
    List<Finding> all = new ArrayList<>(o.findings());
    if (o.fate() == FileFate.SKIPPED && all.size() > 1) {
      all.add(0, all.remove(all.size() - 1));
    }
    return all;
  }

  /**
   * The status cell coloured as on Inläsning (the workbook's conditional formats): green read,
   * yellow with warnings, red rejected, grey skipped.
   */
  static final class FateRenderer extends DefaultTableCellRenderer {
    private final OutcomeTable model;

    FateRenderer(OutcomeTable model) {
      this.model = model;
    }

    @Override
    public Component getTableCellRendererComponent(
        JTable table, Object value, boolean selected, boolean focus, int row, int column) {
      JLabel c = (JLabel) super.getTableCellRendererComponent(table, value, selected, focus, row, column);
      FileFate fate = model.row(table.convertRowIndexToModel(row)).fate();
      if (!selected) {
        c.setBackground(fill(fate));
        c.setForeground(text(fate));
      }
      return c;
    }
  }

  static Color fill(FileFate fate) {
    return switch (fate) {
      case READ -> new Color(0xC6EFCE);
      case READ_WITH_WARNINGS -> new Color(0xFFEB9C);
      case REJECTED -> new Color(0xFFC7CE);
      case SKIPPED -> new Color(0xE7E6E6);
    };
  }

  static Color text(FileFate fate) {
    return switch (fate) {
      case READ -> new Color(0x006100);
      case READ_WITH_WARNINGS -> new Color(0x9C5700);
      case REJECTED -> new Color(0x9C0006);
      case SKIPPED -> Color.DARK_GRAY;
    };
  }

  /** The whole message as a tooltip, one finding a line, for messages wider than the column. */
  static String tooltip(FileOutcome o) {
    if (o.findings().isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder("<html>");
    for (Finding f : ordered(o)) {
      sb.append(escape((f.place().isEmpty() ? "" : f.place() + ": ") + f.message())).append("<br>");
    }
    return sb.append("</html>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
