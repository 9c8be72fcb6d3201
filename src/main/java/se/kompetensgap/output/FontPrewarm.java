package se.kompetensgap.output;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;

/**
 * Starts Java's font system on the other core while the sheets are built (issue 6). POI's
 * streaming sheets measure a default character width with it when they are created, whether
 * or not a column is ever auto-sized, and the first measurement in a fresh JVM reads the
 * system's font configuration: about 0.15 s of a 1.6 s run, on the single thread that writes.
 * Building the sheets takes longer than that and uses one core, so done beside it the
 * measurement costs nothing. If it fails (a server without fonts), POI falls back as before.
 */
final class FontPrewarm {
  private FontPrewarm() {}

  static void start() {
    Thread t = new Thread(FontPrewarm::run, "kompetensgap-typsnitt");
    t.setDaemon(true);
    t.start();
  }

  private static void run() {
    try {
      new TextLayout("0", new Font("Calibri", Font.PLAIN, 11), new FontRenderContext(null, true, true)).getAdvance();
    } catch (Throwable e) {
      // only a head start: POI meets the same problem later and handles it
    }
  }
}
