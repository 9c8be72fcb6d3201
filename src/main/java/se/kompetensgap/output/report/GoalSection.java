package se.kompetensgap.output.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import se.kompetensgap.analysis.ReportText;
import se.kompetensgap.model.Horizon;
import se.kompetensgap.model.Level;
import se.kompetensgap.model.report.ReportWorkbook;
import se.kompetensgap.model.report.ReportWorkbook.GapRow;
import se.kompetensgap.model.report.ReportWorkbook.GoalRow;

/**
 * Kompetensmål (seed 002): Yrkeskategori / GAP – Total / Kvantitativt mål per category and
 * horizon, with the moves per level, as the Kompetensmal table stands (a goal HR typed over is
 * the goal shown); per category "Kommentar Mål/delmål" with the direction of the moves; then
 * "Kommentar kompetensmål".
 */
final class GoalSection {
  private GoalSection() {}

  static final List<String> HEADERS =
      List.of("Yrkeskategori", "GAP – Total", "Kvantitativt mål", "Förflyttningar");
  static final int[] WIDTHS = {4572, 1500, 1500, 1500};

  static void write(Docx d, ReportWorkbook w, double largeShare) {
    d.heading(1, "Kompetensmål");
    d.paragraph("Kvantitativt mål = −(GAP – Total): ett positivt mål betyder att verksamheten behöver utökas, ett "
        + "negativt att den kan minska. Förflyttningar är antalet personer som behöver nå en högre kompetensnivå, "
        + "genom utveckling eller rekrytering; under varje yrkeskategori står till vilka nivåer.");
    Map<String, List<GoalRow>> byCategory = new LinkedHashMap<>();
    for (GoalRow g : w.goals()) {
      byCategory.computeIfAbsent(g.category(), k -> new ArrayList<>()).add(g);
    }
    XWPFTable t = d.table(HEADERS, WIDTHS);
    List<ReportText.Moves> moves = new ArrayList<>();
    int movesTwo = 0;
    int movesFive = 0;
    int highTwo = 0;
    for (Map.Entry<String, List<GoalRow>> e : byCategory.entrySet()) {
      for (GoalRow g : e.getValue()) {
        List<String> cells = new ArrayList<>();
        cells.add(g.category() + " " + g.horizon().label());
        cells.add(ReportText.signed(g.gapTotal()));
        cells.add(ReportText.signed(g.quantitativeGoal()));
        cells.add(Integer.toString(g.movesTotal()));
        d.row(t, WIDTHS, cells, false, true);
        if (g.horizon() == Horizon.TWO_YEARS) {
          movesTwo += g.movesTotal();
          highTwo += g.moves().get(Level.HOG.ordinal()) + g.moves().get(Level.MYCKET_HOG.ordinal());
          moves.add(new ReportText.Moves(e.getKey(), g.movesTotal()));
        } else {
          movesFive += g.movesTotal();
        }
      }
      Optional<GoalRow> two = e.getValue().stream().filter(g -> g.horizon() == Horizon.TWO_YEARS).findFirst();
      Optional<GoalRow> five = e.getValue().stream().filter(g -> g.horizon() == Horizon.FIVE_YEARS).findFirst();
      Optional<GapRow> gap = w.gaps().stream()
          .filter(r -> r.category().equals(e.getKey()) && r.horizon() == Horizon.TWO_YEARS).findFirst();
      if (two.isPresent() && five.isPresent()) {
        XWPFTableCell cell = d.spanningRow(t, WIDTHS);
        Docx.cellParagraph(cell, "Kommentar Mål/delmål", true);
        List<Integer> gapTwo = gap.map(GapRow::gap).orElse(shortages(two.get()));
        for (String p : ReportText.goalComment(two.get(), five.get(), gap.map(GapRow::distribution).orElse(List.of()), gapTwo)) {
          Docx.cellParagraph(cell, p, false);
        }
      }
    }
    d.label("Kommentar kompetensmål");
    for (String p : ReportText.goalsComment(movesTwo, movesFive, highTwo, moves, largeShare)) {
      d.paragraph(p);
    }
  }

  /** Without a Kompetensgap row: the moves as shortages (no surplus known). */
  private static List<Integer> shortages(GoalRow g) {
    return g.moves().stream().map(m -> -m).toList();
  }
}
