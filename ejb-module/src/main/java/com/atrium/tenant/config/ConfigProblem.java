package com.atrium.tenant.config;

/**
 * One bad key of the tenant configuration: its value and where it came from (null when not set),
 * what was expected, and the file a missing key belongs in.
 */
public record ConfigProblem(
    String key, String value, String source, String expected, String homeFile) {

  public static ConfigProblem missing(String key, String homeFile, String expected) {
    return new ConfigProblem(key, null, null, expected, homeFile);
  }

  public static ConfigProblem invalid(String key, String value, String source, String expected) {
    return new ConfigProblem(key, value, source, expected, null);
  }

  public boolean isMissing() {
    return value == null;
  }

  /** One line an operator can act on without reading code. */
  public String describe() {
    if (isMissing()) {
      return key
          + ": not set; expected in "
          + homeFile
          + " or env "
          + ConfigKeys.envName(key)
          + " ("
          + expected
          + ")";
    }
    return key + " = \"" + value + "\" (from " + source + "): expected " + expected;
  }
}
