package se.kompetensgap.cli;

import java.awt.GraphicsEnvironment;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import se.kompetensgap.gui.Window;

/**
 * {@code fonster}: the window (issue 14), the same {@code app} calls as {@code konsolidera} for
 * those who would rather click. Also what a double-clicked jar opens (see {@link Main#main}).
 */
final class WindowCommand implements Command {

  @Override
  public String name() {
    return "fonster";
  }

  @Override
  public String summary() {
    return "Öppna fönstret: välj mapp och sammanställ utan kommandorad.";
  }

  @Override
  public String usage() {
    return "fonster";
  }

  @Override
  public String description() {
    return "Öppnar ett fönster där du väljer mappen med chefernas arbetsböcker, förra årets "
        + "sammanställning och listorna, och klickar på Sammanställ. Samma sak öppnas när du "
        + "dubbelklickar på kompetensgap.jar.";
  }

  @Override
  public Options options() {
    return new Options();
  }

  @Override
  public int run(CommandLine cl, Terminal t) throws Exception {
    Args.noPositional(cl);
    if (GraphicsEnvironment.isHeadless()) {
      throw new RefusedTargetException("Fönstret behöver en skärm, och här finns ingen. Använd kommandona i "
          + "stället, t.ex. kompetensgap konsolidera MAPP -o FIL.xlsx.");
    }
    Window.showAndWait();
    return ExitCode.OK;
  }
}
