package com.atrium.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The EAR's layout keeps each class in exactly one class loader: libraries once in lib/, the domain
 * once in the EJB module, the WAR skinny (only what the web tier alone uses, PrimeFaces), and no
 * SOAP runtime of its own: the server's serves the endpoint.
 */
class EarLayoutIT {

  static Path ear() {
    return Path.of(System.getProperty("atrium.ear", "target/atrium.ear"));
  }

  @Test
  void theWebModuleIsServedAtTheRootNextToTheEjbModule() throws IOException {
    String applicationXml = new String(read("META-INF/application.xml"), StandardCharsets.UTF_8);
    assertThat(applicationXml)
        .contains("<ejb>atrium-ejb.jar</ejb>")
        .contains("<web-uri>atrium-web.war</web-uri>")
        .contains("<context-root>/</context-root>")
        .contains("<library-directory>lib</library-directory>");
  }

  @Test
  void theWarIsSkinny() throws IOException {
    List<String> warLibraries =
        nestedEntries("atrium-web.war").stream()
            .filter(e -> e.startsWith("WEB-INF/lib/") && e.endsWith(".jar"))
            .map(e -> e.substring("WEB-INF/lib/".length()))
            .toList();
    List<String> earLibraries =
        entries().stream().filter(e -> e.startsWith("lib/") && e.endsWith(".jar")).toList();

    assertThat(warLibraries)
        .as("Faces finds PrimeFaces only inside the WAR")
        .anyMatch(jar -> jar.startsWith("primefaces-"));
    assertThat(warLibraries)
        .as("the domain is the EJB module, not a WAR library")
        .noneMatch(jar -> jar.startsWith("atrium-ejb"));
    // lib/ names are groupId-artifactId-version.jar, WEB-INF/lib names artifactId-version.jar
    assertThat(warLibraries)
        .as("WAR libraries that lib/ provides already")
        .noneMatch(jar -> earLibraries.stream().anyMatch(lib -> lib.endsWith("-" + jar)));
    assertThat(earLibraries).anyMatch(lib -> lib.contains("atrium-tenant-config"));
  }

  /**
   * On the full server the partners' SOAP endpoint runs on the server's own JAX-WS (Metro), which a
   * bundled CXF would clash with: the EAR's WAR carries the endpoint, its generated port, the WSDL
   * and the HTTP SPI servlet that publishes it, but neither CXF (nor its servlet, the one class
   * that names CXF) nor a JAX-WS, JAXB or SAAJ implementation or API of its own (two copies of
   * jakarta.xml.ws would make the endpoint's types differ from the server's); and
   * WEB-INF/sun-jaxws.xml, which keeps the server's JSR-109 deployer from publishing the endpoint a
   * second time.
   */
  @Test
  void theWarPublishesSoapOnTheServersOwnJaxWs() throws IOException {
    List<String> war = nestedEntries("atrium-web.war");
    assertThat(war)
        .noneMatch(e -> e.startsWith("WEB-INF/lib/cxf-"))
        .noneMatch(e -> e.startsWith("WEB-INF/lib/jakarta.xml.ws-api"))
        .noneMatch(e -> e.startsWith("WEB-INF/lib/jakarta.xml.bind-api"))
        .noneMatch(e -> e.startsWith("WEB-INF/lib/jakarta.xml.soap-api"))
        .noneMatch(e -> e.startsWith("WEB-INF/lib/jaxb-runtime"))
        .noneMatch(e -> e.startsWith("WEB-INF/lib/saaj-impl"))
        .doesNotContain("WEB-INF/classes/com/atrium/soap/partner/PartnerSoapServlet.class");
    assertThat(war)
        .contains(
            "WEB-INF/classes/com/atrium/soap/partner/PartnerEndpoint.class",
            "WEB-INF/classes/com/atrium/soap/partner/PartnerSoapSpiServlet.class",
            "WEB-INF/classes/com/atrium/soap/partner/UsernameTokenHandler.class",
            "WEB-INF/classes/com/atrium/soap/partner/SoapGate.class",
            "WEB-INF/classes/com/atrium/soap/partner/v1/PartnerPort.class",
            "WEB-INF/classes/wsdl/partner.wsdl",
            "WEB-INF/sun-jaxws.xml");
    assertThat(
            new String(
                nestedEntry("atrium-web.war", "WEB-INF/sun-jaxws.xml"), StandardCharsets.UTF_8))
        .as("the marker declares no endpoint of its own")
        .doesNotContain("<endpoint ");
  }

  @Test
  void microProfileConfigDefaultsAndMigrationsTravelInTheEjbModule() throws IOException {
    assertThat(nestedEntries("atrium-ejb.jar"))
        .contains("META-INF/microprofile-config.properties")
        .contains("META-INF/persistence.xml")
        .anyMatch(e -> e.startsWith("db/postgresql/V1__"));
  }

  @Test
  void noClassIsPackagedTwice() throws IOException {
    Map<String, List<String>> archivesByClass = new HashMap<>();
    try (ZipFile ear = new ZipFile(ear().toFile())) {
      for (ZipEntry entry : Collections.list(ear.entries())) {
        if (entry.getName().endsWith(".jar") || entry.getName().endsWith(".war")) {
          try (InputStream in = ear.getInputStream(entry)) {
            collectClasses(entry.getName(), in, archivesByClass);
          }
        }
      }
    }
    Map<String, List<String>> twice = new TreeMap<>();
    archivesByClass.forEach(
        (name, archives) -> {
          if (archives.size() > 1) {
            twice.put(name, archives);
          }
        });
    assertThat(archivesByClass).as("classes found").isNotEmpty();
    assertThat(twice).as("classes packaged in more than one archive").isEmpty();
  }

  /** Every class of an archive, and of the archives nested in its WEB-INF/lib. */
  private static void collectClasses(String archive, InputStream in, Map<String, List<String>> into)
      throws IOException {
    ZipInputStream zip = new ZipInputStream(in);
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      String name = e.getName();
      if (name.endsWith(".jar")) {
        collectClasses(archive + "!/" + name, nonClosing(zip), into);
      } else if (name.endsWith(".class")
          && !name.endsWith("module-info.class")
          && !name.contains("META-INF/versions/")) {
        String className = name.startsWith("WEB-INF/classes/") ? name.substring(16) : name;
        into.computeIfAbsent(className, k -> new ArrayList<>()).add(archive);
      }
    }
  }

  private static InputStream nonClosing(ZipInputStream zip) {
    return new FilterInputStream(zip) {
      @Override
      public void close() {}
    };
  }

  /** Entry names of the EAR itself. */
  static List<String> entries() throws IOException {
    try (ZipFile ear = new ZipFile(ear().toFile())) {
      return ear.stream().map(ZipEntry::getName).toList();
    }
  }

  /** Entry names of a module inside the EAR. */
  static List<String> nestedEntries(String module) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(read(module)))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }

  /** The bytes of one entry of a module inside the EAR. */
  static byte[] nestedEntry(String module, String entry) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(read(module)))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(entry)) {
          return zip.readAllBytes();
        }
      }
    }
    throw new IOException(entry + " is not in " + module);
  }

  private static byte[] read(String entry) throws IOException {
    try (ZipFile ear = new ZipFile(ear().toFile())) {
      ZipEntry found = ear.getEntry(entry);
      if (found == null) {
        throw new IOException(entry + " is not in " + ear());
      }
      try (InputStream in = ear.getInputStream(found)) {
        return in.readAllBytes();
      }
    }
  }
}
