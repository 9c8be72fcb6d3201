package se.kompetensgap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import se.kompetensgap.app.Report;

/** {@code rapport SAMMANSTÄLLNING.xlsx -o RAPPORT.docx}: the nämnd's Word report (issue 12). */
final class ReportCommand implements Command {

  static final String INTRODUCTION = "inledning";

  @Override
  public String name() {
    return "rapport";
  }

  @Override
  public String summary() {
    return "Skriv rapporten till nämnden (Word) från den konsoliderade arbetsboken.";
  }

  @Override
  public String usage() {
    return "rapport SAMMANSTÄLLNING.xlsx -o RAPPORT.docx";
  }

  @Override
  public String description() {
    return "Skriver rapporten till nämnden som ett Word-dokument (.docx) från den konsoliderade arbetsboken "
        + "så som HR har lämnat den: ändrade texter och mål i arbetsboken kommer med. Inledningen hämtas från "
        + Report.INTRODUCTION_FILE + " bredvid konfigurationen, eller från --inledning.";
  }

  @Override
  public Options options() {
    Options o = new Options();
    o.addOption(Option.builder("o").longOpt("utfil").hasArg().argName("FIL").desc("rapporten som ska skrivas (.docx)").build());
    o.addOption(Option.builder().longOpt(INTRODUCTION).hasArg().argName("FIL")
        .desc("textfil (UTF-8) med rapportens inledning (standard: " + Report.INTRODUCTION_FILE
            + " bredvid konfigurationen, annars en neutral text)").build());
    return o;
  }

  @Override
  public int run(CommandLine cl, Terminal t) throws Exception {
    List<String> rest = cl.getArgList();
    if (rest.size() != 1) {
      throw new UsageException(rest.isEmpty()
          ? "Ange den konsoliderade arbetsboken (SAMMANSTÄLLNING.xlsx)."
          : "Ange bara en arbetsbok.");
    }
    Path workbook = Path.of(rest.get(0));
    if (Files.isDirectory(workbook)) {
      throw new UsageException("\"" + workbook + "\" är en mapp. Ange den konsoliderade arbetsboken (.xlsx) som "
          + "kommandot konsolidera skrev.");
    }
    Path target = Args.outputFile(cl, ".docx");
    Report.Result r = Report.run(new Report.Request(workbook, target, Args.configuration(cl),
        Args.path(cl, "konfiguration"), Args.path(cl, INTRODUCTION), LocalDate.now()));
    t.out().println("Rapporten för " + r.year() + " skrevs till " + target + " ("
        + r.categories() + (r.categories() == 1 ? " yrkeskategori, " : " yrkeskategorier, ")
        + r.activities() + (r.activities() == 1 ? " aktivitet" : " aktiviteter")
        + (r.evaluation() ? ", med utvärdering av förra årets mål" : "") + ").");
    r.notice().ifPresent(t.out()::println);
    return ExitCode.OK;
  }
}
