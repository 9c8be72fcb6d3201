package se.kompetensgap.output.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import se.kompetensgap.analysis.ReportText;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.report.ReportWorkbook;
import se.kompetensgap.model.report.ReportWorkbook.ChangeRow;
import se.kompetensgap.model.report.ReportWorkbook.GapRow;
import se.kompetensgap.model.report.ReportWorkbook.RowKind;

/**
 * Kompetensgap (seed 002): one row per category and horizon ("Sektionschef 2 år | 9 | 5 | −14 |
 * −4 | −4"), under each category its Kommentar (the assessed distribution of the need, the
 * managers' comments, last year's change), the total of the whole (by the label the workbook gives it:
 * "Förvaltningen totalt", a roll-up's "Malmö stad totalt"), then "Kommentar
 * kompetensgap".
 */
final class GapSection {
  private GapSection() {}

  static final List<String> HEADERS = List.of("Yrkeskategori", "GAP – Viss", "GAP – God", "GAP – Hög", "GAP – Mycket hög", "GAP – Total");
  static final int[] WIDTHS = {4572, 900, 900, 900, 900, 900};

  static void write(Docx d, ReportWorkbook w, double largeShare) {
    d.heading(1, "Kompetensgap");
    d.paragraph("Kompetensgap avser ett prognostiserat ökat eller minskat behov av eller tillgång på kompetens, "
        + "numerärt eller kvalitetsmässigt. Gapet är tillgången i dag minus det bedömda behovet på 2 och 5 års "
        + "sikt, per kompetensnivå: ett negativt tal är en brist, ett positivt ett överskott. Kompetensgapen "
        + "visar behovet av kompetensförändring i verksamheten, inte hur många som behöver rekryteras; "
        + "personalomsättning, pensionsavgångar och annan frånvaro påverkar rekryteringsbehovet.");
    Map<String, List<GapRow>> byCategory = new LinkedHashMap<>();
    List<GapRow> totals = new ArrayList<>();
    // The whole's total by the label the workbook gives it: "Förvaltningen totalt", a roll-up's "Malmö stad totalt".
    String totalLabel = w.totalLabel().orElse("");
    for (GapRow r : w.gaps()) {
      if (r.kind() == RowKind.CATEGORY) {
        byCategory.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r);
      } else if (r.area().isBlank() && r.category().equals(totalLabel)) {
        totals.add(r);
      }
    }
    XWPFTable t = d.table(HEADERS, WIDTHS);
    for (Map.Entry<String, List<GapRow>> e : byCategory.entrySet()) {
      for (GapRow r : e.getValue()) {
        d.row(t, WIDTHS, cells(r), false, true);
      }
      comment(d, t, w, e.getKey(), e.getValue());
    }
    for (GapRow r : totals) {
      List<String> cells = cells(r);
      cells.set(0, "Totalt " + r.horizon().label());
      d.row(t, WIDTHS, cells, true);
    }
    d.label("Kommentar kompetensgap");
    List<ReportText.Moves> moves = new ArrayList<>();
    for (Map.Entry<String, List<GapRow>> e : byCategory.entrySet()) {
      e.getValue().stream().filter(r -> r.horizon() == Horizon.TWO_YEARS).findFirst()
          .ifPresent(r -> moves.add(new ReportText.Moves(e.getKey(), ReportText.moves(r))));
    }
    int two = totals.stream().filter(r -> r.horizon() == Horizon.TWO_YEARS).mapToInt(r -> -r.gapTotal()).findFirst()
        .orElse(byCategory.values().stream().flatMap(List::stream).filter(r -> r.horizon() == Horizon.TWO_YEARS).mapToInt(r -> -r.gapTotal()).sum());
    int five = totals.stream().filter(r -> r.horizon() == Horizon.FIVE_YEARS).mapToInt(r -> -r.gapTotal()).findFirst()
        .orElse(byCategory.values().stream().flatMap(List::stream).filter(r -> r.horizon() == Horizon.FIVE_YEARS).mapToInt(r -> -r.gapTotal()).sum());
    for (String p : ReportText.gapComment(moves, largeShare, two, five, w.scope())) {
      d.paragraph(p);
    }
  }

  static List<String> cells(GapRow r) {
    List<String> cells = new ArrayList<>();
    cells.add(r.category() + " " + r.horizon().label());
    for (int g : r.gap()) {
      cells.add(ReportText.signed(g));
    }
    cells.add(ReportText.signed(r.gapTotal()));
    return cells;
  }

  private static void comment(Docx d, XWPFTable t, ReportWorkbook w, String category, List<GapRow> rows) {
    XWPFTableCell cell = d.spanningRow(t, WIDTHS);
    Docx.cellParagraph(cell, "Kommentar", true);
    rows.stream().filter(r -> r.horizon() == Horizon.TWO_YEARS && !r.distribution().isEmpty()).findFirst().ifPresent(r ->
        Docx.cellParagraph(cell, "Bedömt behov av fördelning mellan kompetensnivåerna (2 år): "
            + ReportText.distribution(r.distribution()), false));
    List<String> comments = w.managerComments().getOrDefault(category, List.of());
    if (!comments.isEmpty()) {
      Docx.cellParagraph(cell, "Chefernas kommentarer om behovet:", false);
      for (String c : comments) {
        Docx.cellParagraph(cell, "– " + c, false);
      }
    }
    List<ChangeRow> changes = w.changes().stream().filter(c -> c.category().equals(category)).toList();
    for (ChangeRow c : changes) {
      Docx.cellParagraph(cell, "Förändring av kompetensgap på " + c.horizon().years()
          + " års sikt jämfört med föregående år: " + c.sentence(), false);
    }
  }
}
