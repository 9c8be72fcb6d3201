package se.kompetensgap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The floor the benchmark compares with (issue 6): a bare JVM that only unzips every workbook
 * under a folder and SAX-parses its sheets and shared strings, one thread, doing nothing with
 * what it reads. No tool that reads these files can be faster than this by much.
 */
public final class Floor {
  private Floor() {}

  public static void main(String[] args) throws Exception {
    long cells = run(Path.of(args[0]));
    System.out.println("floor elements " + cells);
  }

  static long run(Path folder) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
    }
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    SAXParser parser = f.newSAXParser();
    long[] count = new long[1];
    DefaultHandler h = new DefaultHandler() {
      @Override
      public void startElement(String uri, String local, String q, org.xml.sax.Attributes a) {
        count[0]++;
      }
    };
    for (Path p : files) {
      try (ZipFile zip = new ZipFile(p.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry e = entries.nextElement();
          String n = e.getName();
          if (n.startsWith("xl/worksheets/sheet") || n.equals("xl/sharedStrings.xml")) {
            try (InputStream in = zip.getInputStream(e)) {
              parser.reset();
              parser.parse(in, h);
            }
          }
        }
      } catch (IOException e) {
        // not a workbook: the floor skips it
      }
    }
    return count[0];
  }
}
