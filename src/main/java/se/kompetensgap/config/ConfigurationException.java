package se.kompetensgap.config;

/** The configuration file cannot be used; the message is Swedish and says where and why. */
public class ConfigurationException extends Exception {
  public ConfigurationException(String message) {
    super(message);
  }
}
