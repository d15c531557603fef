package com.atrium.tenant.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * A container-free {@link Config} over config sources, highest ordinal first, with the lookup
 * semantics the rules rely on (empty means not set; the source name of the winning source).
 */
public final class MapConfig implements Config {

  private final List<ConfigSource> sources;

  public MapConfig(List<ConfigSource> sources) {
    this.sources =
        sources.stream().sorted((a, b) -> Integer.compare(b.getOrdinal(), a.getOrdinal())).toList();
  }

  /** The bundled demo files, read the way Payara reads them, plus overrides in a named source. */
  public static MapConfig demoWith(String overrideSource, Map<String, String> overrides) {
    List<ConfigSource> all =
        new ArrayList<>(TenantConfigSourceProvider.fromClasspath(MapConfig.class.getClassLoader()));
    all.add(new FixedSource(overrideSource, 300, overrides));
    return new MapConfig(all);
  }

  /**
   * The bundled demo as a single-mall operator writes it: without {@code malls}, {@code
   * operator.name}, the malls' own keys, the tenants' {@code mall} and the second mall's tenants.
   */
  public static MapConfig singleMallDemoWith(Map<String, String> overrides) {
    Map<String, String> shadowed = new LinkedHashMap<>();
    for (String key : demoWith("Environment", Map.of()).getPropertyNames()) {
      if (key.equals("malls")
          || key.equals("operator.name")
          || key.matches("mall\\.[A-Z0-9_-]+\\..+")
          || key.matches("tenant\\.[^.]+\\.mall")
          || key.startsWith("tenant.CD-")) {
        shadowed.put(key, "");
      }
    }
    shadowed.putAll(overrides);
    return demoWith("Environment", shadowed);
  }

  public static MapConfig of(Map<String, String> values) {
    return new MapConfig(List.of(new FixedSource("test.properties", 250, values)));
  }

  /** Removes keys by shadowing them with empty values in the highest source. */
  public static Map<String, String> unset(String... keys) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String k : keys) {
      m.put(k, "");
    }
    return m;
  }

  @Override
  public ConfigValue getConfigValue(String name) {
    for (ConfigSource s : sources) {
      String v = s.getValue(name);
      if (v != null) {
        if (v.isEmpty()) {
          return new Value(name, null, null, 0);
        }
        return new Value(name, v, s.getName(), s.getOrdinal());
      }
    }
    return new Value(name, null, null, 0);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T getValue(String name, Class<T> type) {
    return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
    String v = getConfigValue(name).getValue();
    if (v == null) {
      return Optional.empty();
    }
    if (type == String.class) {
      return Optional.of((T) v);
    }
    if (type == Boolean.class) {
      return Optional.of((T) Boolean.valueOf(ConfigValues.bool(v)));
    }
    throw new UnsupportedOperationException(type.getName());
  }

  @Override
  public Iterable<String> getPropertyNames() {
    Set<String> names = new TreeSet<>();
    sources.forEach(s -> names.addAll(s.getPropertyNames()));
    return names;
  }

  @Override
  public Iterable<ConfigSource> getConfigSources() {
    return sources;
  }

  @Override
  public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
    return Optional.empty();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw new IllegalArgumentException(type.getName());
  }

  /** A source with a given name and ordinal, e.g. standing in for the environment (300). */
  public record FixedSource(String name, int ordinal, Map<String, String> properties)
      implements ConfigSource {
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
      return ordinal;
    }
  }

  private record Value(String name, String value, String sourceName, int sourceOrdinal)
      implements ConfigValue {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public String getValue() {
      return value;
    }

    @Override
    public String getRawValue() {
      return value;
    }

    @Override
    public String getSourceName() {
      return sourceName;
    }

    @Override
    public int getSourceOrdinal() {
      return sourceOrdinal;
    }
  }
}
