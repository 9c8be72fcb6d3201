package se.kompetensgap.output.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import se.kompetensgap.model.report.ReportWorkbook;

/**
 * The nämnd's report (issue 12, SPEC §8) as an editable Word document, in seed 002's structure:
 * title page, table of contents, Inledning, Sammanfattning, (Utvärdering av kompetensmål),
 * Kompetensgap, Kompetensmål, (Utveckling över tid, when Historik has more than one year), Riskanalys,
 * Aktivitetsplan. A4, Swedish, page numbers in the
 * footer. Everything it says comes from the workbook as HR left it; it names no unit or person.
 */
public final class ReportDocument {
  private ReportDocument() {}

  /**
   * What the report needs beside the workbook.
   *
   * @param board the nämnd (configuration: Nämnd)
   * @param administration the förvaltning (configuration: Förvaltning; the workbook's if blank)
   * @param introduction Inledning's paragraphs (HR's text file)
   * @param largeShare a category's gap is large from this share of the largest (configuration)
   */
  public record Front(String board, String administration, LocalDate date, List<String> introduction, double largeShare) {
    public Front {
      Objects.requireNonNull(board);
      Objects.requireNonNull(administration);
      Objects.requireNonNull(date);
      introduction = List.copyOf(introduction);
    }
  }

  public static void write(ReportWorkbook w, Front front, OutputStream out) throws IOException {
    try (XWPFDocument doc = build(w, front)) {
      doc.write(out);
    }
  }

  public static XWPFDocument build(ReportWorkbook w, Front front) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    ReportStyles.install(doc);
    page(doc, w);
    Docx d = new Docx(doc);
    TitlePage.write(d, w, front);
    XWPFParagraph contents = ContentsSection.start(d);
    IntroductionSection.write(d, front.introduction());
    try {
      SummarySection.write(d, w);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("Diagrammen kunde inte skrivas: " + e.getMessage(), e);
    }
    EvaluationSection.write(d, w);
    GapSection.write(d, w, front.largeShare());
    GoalSection.write(d, w, front.largeShare());
    try {
      DevelopmentSection.write(d, w);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("Diagrammet över utvecklingen kunde inte skrivas: " + e.getMessage(), e);
    }
    RiskSection.write(d, w);
    ActivitySection.write(d, w);
    ContentsSection.fill(d, contents);
    // Word updates the table of contents (and page numbers in it) when the document opens.
    doc.enforceUpdateFields();
    properties(doc, w, front);
    return doc;
  }

  /** A4 portrait, 2.5 cm margins; the title page without a footer, the rest "Sida N av M". */
  private static void page(XWPFDocument doc, ReportWorkbook w) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(1417));
    mar.setBottom(BigInteger.valueOf(1417));
    mar.setLeft(BigInteger.valueOf(1417));
    mar.setRight(BigInteger.valueOf(1417));
    mar.setHeader(BigInteger.valueOf(708));
    mar.setFooter(BigInteger.valueOf(708));
    mar.setGutter(BigInteger.ZERO);
    XWPFFooter first = doc.createFooter(HeaderFooterType.FIRST);
    first.createParagraph();
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.createRun().setText(TitlePage.title(w.year()) + " · Sida ");
    field(p.getCTP(), "PAGE", "1");
    p.createRun().setText(" av ");
    field(p.getCTP(), "NUMPAGES", "1");
    if (!sect.isSetTitlePg()) {
      sect.addNewTitlePg();
    }
  }

  private static void field(CTP p, String instruction, String result) {
    Docx.fieldBegin(p);
    Docx.instruction(p, instruction);
    Docx.fieldSeparate(p);
    p.addNewR().addNewT().setStringValue(result);
    Docx.fieldEnd(p);
  }

  private static void properties(XWPFDocument doc, ReportWorkbook w, Front front) {
    POIXMLProperties props = doc.getProperties();
    var core = props.getCoreProperties();
    core.setTitle(TitlePage.title(w.year()));
    core.setSubjectProperty(front.board().isBlank() ? w.administration() : front.board());
    core.setCreator("kompetensgap");
    core.setKeywords("kompetensförsörjning; kompetensgap; " + w.year());
    props.getExtendedProperties().getUnderlyingProperties().setApplication("kompetensgap");
  }
}
