package se.kompetensgap.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window for real (issue 14): on a display (Xvfb on CI, started by scripts/test.sh), it is
 * built and shown, the example folder is set, "Sammanställ" is clicked, and the table, the
 * summary line and the written workbook are checked; a screenshot goes to target/fonster.png.
 * Runs in its own surefire execution without java.awt.headless; skipped without a display.
 */
class WindowTest {

  private Preferences prefs;
  private Window window;

  @BeforeEach
  void display() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(),
        "Ingen skärm (DISPLAY saknas): fönstertestet hoppas över. scripts/test.sh kör det under xvfb-run.");
    prefs = Preferences.userRoot().node("kompetensgap-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    SwingUtilities.invokeAndWait(() -> {
      Window.lookAndFeel();
      window = new Window(prefs);
      window.frame.setVisible(true);
    });
  }

  @AfterEach
  void close() throws Exception {
    if (window != null) {
      SwingUtilities.invokeAndWait(() -> window.frame.dispose());
    }
    if (prefs != null) {
      prefs.removeNode();
    }
  }

  @Test
  void consolidatesTheExampleFolderAndShowsEveryFilesFate() throws Exception {
    // Under target/, so that the screenshot shows a path a reader recognises.
    Path out = Files.createDirectories(Path.of("target", "fonster")).resolve("konsoliderad.xlsx");
    Files.deleteIfExists(out);
    SwingUtilities.invokeAndWait(() -> {
      window.folder.setText(Path.of("examples", "inkommande").toString());
      window.output.setText(out.toString());
      window.consolidate.doClick();
    });
    assertTrue(window.awaitRun(300), "the run did not finish");

    List<String> rows = new ArrayList<>();
    TreeMap<String, Integer> byStatus = new TreeMap<>();
    String[] summary = new String[2];
    SwingUtilities.invokeAndWait(() -> {
      for (int i = 0; i < window.outcomes.getRowCount(); i++) {
        String status = (String) window.outcomes.getValueAt(i, 1);
        rows.add(window.outcomes.getValueAt(i, 0) + " | " + status);
        byStatus.merge(status, 1, Integer::sum);
      }
      summary[0] = window.summary.getText();
      summary[1] = window.error.getText();
    });
    // README: "14 arbetsböcker inlästa, 0 avvisade, 3 hoppades över" — the lock file, the
    // covering letter and the superseded first version of Vuxenenheten Syd.
    assertEquals("14 arbetsböcker inlästa, 0 avvisade, 3 hoppades över → " + out, summary[0]);
    assertEquals(17, rows.size(), rows::toString);
    assertEquals(3, byStatus.get("hoppades över"), rows::toString);
    assertEquals(14, byStatus.getOrDefault("inläst", 0) + byStatus.getOrDefault("inläst med varningar", 0), rows::toString);
    assertFalse(byStatus.containsKey("avvisad"), rows::toString);
    assertTrue(rows.stream().anyMatch(r -> r.contains("Vuxenenheten Syd (första versionen).xlsx | hoppades över")), rows::toString);
    assertTrue(rows.stream().anyMatch(r -> r.contains("Följebrev kompetenskartläggning 2026.pdf | hoppades över")), rows::toString);
    assertTrue(rows.stream().anyMatch(r -> r.contains("Barn och unga Norr.xlsx | inläst")), rows::toString);
    assertEquals(" ", summary[1]);
    String[] superseded = new String[1];
    SwingUtilities.invokeAndWait(() -> {
      for (int i = 0; i < window.outcomes.getRowCount(); i++) {
        if (window.outcomes.getValueAt(i, 0).toString().endsWith("(första versionen).xlsx")) {
          superseded[0] = (String) window.outcomes.getValueAt(i, 2);
        }
      }
    });
    assertTrue(superseded[0].startsWith("En nyare arbetsbok för samma enhet"), superseded[0]);

    try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
      assertTrue(wb.getSheet("Inläsning") != null && wb.getSheet("Kompetensgap") != null);
    }
    assertTrue(window.openWorkbook.isEnabled());
    // Remembered for the next start.
    assertEquals(Path.of("examples", "inkommande").toString(), prefs.get(Window.FOLDER, ""));
    assertEquals(out.toString(), prefs.get(Window.OUTPUT, ""));
    Window[] again = new Window[1];
    SwingUtilities.invokeAndWait(() -> again[0] = new Window(prefs));
    assertEquals(Path.of("examples", "inkommande").toString(), again[0].folder.getText());
    SwingUtilities.invokeAndWait(() -> again[0].frame.dispose());

    // Next year's mailing from the workbook just written (as `utskick --foregaende`): 14 units,
    // each pre-filled, and the list for mail merge.
    Path mailingDir = out.resolveSibling("utskick");
    if (Files.exists(mailingDir)) {
      try (var old = Files.walk(mailingDir)) {
        old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    SwingUtilities.invokeAndWait(() -> window.writeMailing(mailingDir));
    assertTrue(window.awaitRun(300), "the mailing was not written");
    String[] mailed = new String[2];
    SwingUtilities.invokeAndWait(() -> {
      mailed[0] = window.progress.getString();
      mailed[1] = window.error.getText();
      window.previous.setText("");
    });
    assertEquals("14 arbetsböcker för 2027 skrevs till " + mailingDir + ", med listan utskick.xlsx för koppla dokument.",
        mailed[0], mailed[1]);
    try (var files = Files.walk(mailingDir)) {
      assertEquals(15, files.filter(p -> p.toString().endsWith(".xlsx")).count());
    }

    // The nämnd's report from the workbook just written (as `rapport`).
    Path docx = out.resolveSibling("rapport.docx");
    Files.deleteIfExists(docx);
    SwingUtilities.invokeAndWait(() -> window.writeReport(docx));
    assertTrue(window.awaitRun(300), "the report was not written");
    String[] reported = new String[2];
    SwingUtilities.invokeAndWait(() -> {
      reported[0] = window.progress.getString();
      reported[1] = window.error.getText();
    });
    assertEquals("Rapporten skrevs till " + docx + ".", reported[0], reported[1]);
    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
      assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Kompetensgap")), "the report's headings");
    }

    BufferedImage shot = screenshot();
    Path png = Path.of("target", "fonster.png");
    ImageIO.write(shot, "png", png.toFile());
    assertTrue(Files.size(png) > 10_000);
  }

  @Test
  void aFileGivenAsTheFolderIsSaidToBeAFile(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("brev.txt"), "x");
    String[] error = new String[1];
    SwingUtilities.invokeAndWait(() -> {
      window.folder.setText(file.toString());
      window.output.setText(tmp.resolve("ut.xlsx").toString());
      window.consolidate.doClick();
      error[0] = window.error.getText();
    });
    assertTrue(error[0].contains("är en fil, inte en mapp"), error[0]);
    assertFalse(Files.exists(tmp.resolve("ut.xlsx")));
  }

  @Test
  void writesOneReceiptPerManagersWorkbook(@TempDir Path tmp) throws Exception {
    Path receipts = tmp.resolve("Kvitton");
    SwingUtilities.invokeAndWait(() -> {
      window.folder.setText(Path.of("examples", "inkommande").toString());
      window.writeReceipts(receipts);
    });
    assertTrue(window.awaitRun(300), "the receipts were not written");
    String[] status = new String[1];
    SwingUtilities.invokeAndWait(() -> status[0] = window.progress.getString());
    // 14 workbooks and the superseded first version: every manager's workbook gets a receipt,
    // the lock file and the letter do not (as `validera --kvitton`).
    try (var files = Files.list(receipts)) {
      assertEquals(15, files.count());
    }
    assertEquals("15 kvitton skrevs till " + receipts + ".", status[0]);
  }

  private BufferedImage screenshot() throws Exception {
    BufferedImage[] img = new BufferedImage[1];
    SwingUtilities.invokeAndWait(() -> {
      var root = window.frame.getRootPane();
      img[0] = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
      var g = img[0].createGraphics();
      root.paint(g);
      g.dispose();
    });
    return img[0];
  }
}
