package com.atrium.tenant.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSourceProvider;

/**
 * Finds the tenant configuration files, one {@link TenantConfigSource} each. An installation names
 * its own folder with the system property {@code atrium.tenant-config.dir} or the environment
 * variable {@code ATRIUM_TENANT_CONFIG_DIR}: every {@code *.properties} file in it is read. Without
 * either, the demo files bundled on the classpath under {@code atrium-tenant-config/} are read. A
 * provider (rather than a single source) because each file is its own source, named after the file.
 *
 * <p>It cannot use MicroProfile Config to find the folder (it is part of building it), so it reads
 * the system property and the environment itself. A folder that does not exist yields no source;
 * the startup check then reports the folder and every missing key.
 */
public final class TenantConfigSourceProvider implements ConfigSourceProvider {

  public static final String DIR_PROPERTY = "atrium.tenant-config.dir";
  public static final String DIR_ENV = "ATRIUM_TENANT_CONFIG_DIR";
  public static final String CLASSPATH_FOLDER = "atrium-tenant-config/";

  /** The files of the bundled demo configuration (a classpath folder cannot be listed). */
  public static final List<String> BUNDLED_FILES =
      List.of(ConfigKeys.MALL_FILE, ConfigKeys.TENANTS_FILE);

  private static final Logger LOG = Logger.getLogger(TenantConfigSourceProvider.class.getName());

  @Override
  public Iterable<ConfigSource> getConfigSources(ClassLoader forClassLoader) {
    String dir = configuredDirectory();
    return dir != null ? fromDirectory(Path.of(dir)) : fromClasspath(forClassLoader);
  }

  /** The folder an installation configured, or null for the bundled demo configuration. */
  public static String configuredDirectory() {
    String dir = System.getProperty(DIR_PROPERTY);
    if (dir == null || dir.isBlank()) {
      dir = System.getenv(DIR_ENV);
    }
    return dir == null || dir.isBlank() ? null : dir.trim();
  }

  static List<ConfigSource> fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      LOG.severe(() -> "Tenant configuration folder " + dir + " does not exist");
      return List.of();
    }
    List<ConfigSource> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          sources.add(TenantConfigSource.read(file.toAbsolutePath().toString(), in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the tenant configuration in " + dir, e);
    }
    return sources;
  }

  static List<ConfigSource> fromClasspath(ClassLoader loader) {
    ClassLoader cl = loader != null ? loader : TenantConfigSourceProvider.class.getClassLoader();
    List<ConfigSource> sources = new ArrayList<>();
    for (String file : BUNDLED_FILES) {
      String resource = CLASSPATH_FOLDER + file;
      InputStream in = cl.getResourceAsStream(resource);
      if (in == null) {
        LOG.warning(
            () -> "Bundled tenant configuration " + resource + " not found on the classpath");
        continue;
      }
      sources.add(TenantConfigSource.read("classpath:" + resource, in));
    }
    return sources;
  }
}
