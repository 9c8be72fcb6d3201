package se.kompetensgap.output.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import se.kompetensgap.analysis.ReportText;
import se.kompetensgap.model.report.ReportWorkbook;
import se.kompetensgap.model.report.ReportWorkbook.ActivityRow;

/**
 * Aktivitetsplan (seed 002): grouped by the category an activity is for (Sektionschef, Samtliga
 * socialsekreterare, Samtliga yrkeskategorier, …), each activity with Slutdatum, its
 * description and who carries it out, and the area and status it has in the workbook.
 */
final class ActivitySection {
  private ActivitySection() {}

  static final int[] WIDTHS = {7272, 1800};

  static void write(Docx d, ReportWorkbook w) {
    d.heading(1, "Aktivitetsplan");
    List<ActivityRow> all = w.activities();
    if (all.isEmpty()) {
      d.paragraph("Arbetsboken innehåller inga aktiviteter.");
      return;
    }
    Map<String, List<ActivityRow>> groups = new LinkedHashMap<>();
    for (ActivityRow a : all) {
      groups.computeIfAbsent(a.category().isBlank() ? "Övriga aktiviteter" : a.category(), k -> new ArrayList<>()).add(a);
    }
    d.paragraph("Aktivitetsplanen innehåller " + ReportText.activities(all.size()) + " från enheternas kartläggningar, "
        + "ordnade efter den yrkeskategori de gäller (" + ReportText.count(groups.size(), "grupp", "grupper") + "). "
        + "Samma aktivitet från flera enheter står en gång.");
    List<String> order = new ArrayList<>(groups.keySet());
    order.sort(Comparator.comparingInt(ActivitySection::rank).thenComparing(k -> k.toLowerCase(Locale.ROOT)));
    for (String group : order) {
      d.heading(2, group);
      XWPFTable t = d.table(List.of("Aktivitet", "Slutdatum"), WIDTHS);
      t.getRow(0).getCell(1).getParagraphs().get(0).setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
      for (ActivityRow a : groups.get(group)) {
        String date = a.endDate().map(x -> x.toString()).orElse(a.endDateText());
        var row = d.row(t, WIDTHS, List.of(a.activity(), date), true, true);
        row.getCell(1).getParagraphs().get(0).setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
        XWPFTableCell cell = d.spanningRow(t, WIDTHS);
        if (!a.description().isBlank()) {
          Docx.cellParagraph(cell, "Aktivitetsbeskrivning: " + a.description(), false);
        }
        if (!a.performer().isBlank()) {
          Docx.cellParagraph(cell, "Utförare: " + a.performer(), false);
        }
        List<String> more = new ArrayList<>();
        if (!a.area().isBlank()) {
          more.add("Område: " + a.area());
        }
        if (!a.status().isBlank()) {
          more.add("Status: " + a.status());
        }
        if (!more.isEmpty()) {
          Docx.cellParagraph(cell, String.join(" · ", more), false);
        }
      }
    }
  }

  /** Named categories first, then "Samtliga socialsekreterare", then "Samtliga yrkeskategorier". */
  private static int rank(String group) {
    String g = group.toLowerCase(Locale.ROOT);
    if (g.startsWith("samtliga yrkeskategorier")) {
      return 3;
    }
    if (g.startsWith("samtliga")) {
      return 2;
    }
    if (g.startsWith("övriga")) {
      return 4;
    }
    return 1;
  }
}
