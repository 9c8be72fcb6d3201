package se.kompetensgap.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/** Swedish wording of errors that come from libraries in English. */
final class Messages {
  private Messages() {}

  static String parse(ParseException e) {
    if (e instanceof UnrecognizedOptionException u) {
      return "Okänd flagga \"" + u.getOption() + "\".";
    }
    if (e instanceof MissingArgumentException m) {
      return "Flaggan " + m.getOption().getLongOpt() + " behöver ett värde.";
    }
    return "Kommandoraden kan inte tolkas: " + e.getMessage();
  }

  static String io(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return "Filen eller mappen finns inte: " + n.getFile();
    }
    if (e instanceof AccessDeniedException a) {
      return "Åtkomst nekad till " + a.getFile() + ". Är filen öppen i Excel, eller är mappen "
          + "skrivskyddad? Stäng filen eller välj en annan mapp och försök igen. Inget skrevs.";
    }
    if (e instanceof FileSystemException f) {
      return "Filsystemet sa nej för " + f.getFile() + ": " + f.getReason()
          + ". Kontrollera att det finns plats på disken och att filen inte är öppen. Inget skrevs.";
    }
    return "In- eller utmatningsfel: " + e.getMessage() + ". Inget skrevs.";
  }

  /** "1 enhet", "2 enheter": a number with its noun in the right form. */
  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
