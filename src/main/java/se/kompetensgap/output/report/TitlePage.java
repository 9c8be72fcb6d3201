package se.kompetensgap.output.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import se.kompetensgap.model.report.ReportWorkbook;

/** The title page: what, for which nämnd and förvaltning, which year, and when it was written. */
final class TitlePage {
  private TitlePage() {}

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));

  static String title(int year) {
    return "Rapport – Kompetensförsörjning " + year;
  }

  static void write(Docx d, ReportWorkbook w, ReportDocument.Front front) {
    for (int i = 0; i < 6; i++) {
      d.doc.createParagraph();
    }
    XWPFParagraph title = d.doc.createParagraph();
    title.setStyle(ReportStyles.TITLE);
    title.createRun().setText(title(w.year()));
    if (!front.board().isBlank()) {
      XWPFParagraph board = d.doc.createParagraph();
      board.setStyle(ReportStyles.SUBTITLE);
      board.createRun().setText(front.board());
    }
    // The workbook's förvaltning, or a roll-up's organisation (its workbook's title names it),
    // whatever förvaltning the configuration names (app.Report chooses).
    String administration = front.administration().isBlank() || w.scope().isRollUp() ? w.administration() : front.administration();
    if (!administration.isBlank()) {
      XWPFParagraph adm = d.doc.createParagraph();
      adm.setStyle(ReportStyles.SUBTITLE);
      adm.createRun().setText(administration);
    }
    d.doc.createParagraph();
    d.paragraph("Kompetensanalys " + w.year() + " med kompetensmål på 2 års sikt (till " + (w.year() + 2)
        + ") och 5 års sikt (till " + (w.year() + 5) + ").");
    d.paragraph("Datum: " + DATE.format(front.date()));
  }
}
