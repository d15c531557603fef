package com.atrium.tenant.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * One file of the tenant configuration as a MicroProfile {@link ConfigSource}. Its name is the
 * file's location, so that {@code ConfigValue.getSourceName()} tells an operator which file a value
 * came from. Its ordinal sits between {@code microprofile-config.properties} (100) and environment
 * variables (300): the files override the built-in defaults, and the environment and system
 * properties override the files.
 */
public final class TenantConfigSource implements ConfigSource {

  public static final int ORDINAL = 250;

  private final String name;
  private final Map<String, String> properties;

  public TenantConfigSource(String name, Map<String, String> properties) {
    this.name = name;
    this.properties = Map.copyOf(properties);
  }

  /** Reads a properties file as UTF-8 (the files hold Chinese names). */
  public static TenantConfigSource read(String name, InputStream in) {
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(reader);
      Map<String, String> map = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
      return new TenantConfigSource(name, map);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read tenant configuration " + name, e);
    }
  }

  @Override
  public Map<String, String> getProperties() {
    return properties;
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return properties.get(propertyName);
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }

  @Override
  public String toString() {
    return name;
  }
}
