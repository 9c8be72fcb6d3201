package se.kompetensgap.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version, from the pom (resource filtered at build time): for --version and the window. */
public final class Version {
  private Version() {}

  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/se/kompetensgap/version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "");
        if (!v.isBlank() && !v.startsWith("$")) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through: the version is a courtesy, never a reason to fail
    }
    String manifest = Version.class.getPackage().getImplementationVersion();
    return manifest == null ? "okänd version" : manifest;
  }
}
