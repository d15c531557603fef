package com.atrium.it.arquillian;

import com.atrium.it.TestDatabase;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Recreates the in-container tests' database and points the Payara Micro that Arquillian starts at
 * it. Registered before the Arquillian extension, so it runs before the container boots.
 */
public class FreshDatabase implements BeforeAllCallback {

  static final String NAME = TestDatabase.named("atrium_arq");

  @Override
  public void beforeAll(ExtensionContext context) {
    if (System.getProperty("payara.microJar") == null) {
      return; // inside the container (Arquillian runs the extensions there too): nothing to do
    }
    if (System.getProperty("atrium.arquillian.cmdOptions") != null) {
      return; // one container per test JVM: prepared once
    }
    TestDatabase.recreate(NAME);
    System.setProperty(
        "atrium.arquillian.cmdOptions",
        "-Xmx1g -Datrium.db.url="
            + TestDatabase.url(NAME)
            + " -Datrium.db.user="
            + TestDatabase.user()
            + " -Datrium.db.password="
            + TestDatabase.appPassword());
  }
}
