package se.kompetensgap.output.report;

import java.util.List;

/** Inledning: HR's own text (rapport-inledning.txt beside the configuration), one paragraph per block. */
final class IntroductionSection {
  private IntroductionSection() {}

  static void write(Docx d, List<String> paragraphs) {
    d.heading(1, "Inledning");
    for (String p : paragraphs) {
      d.paragraph(p);
    }
  }
}
