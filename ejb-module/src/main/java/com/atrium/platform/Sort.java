package com.atrium.platform;

import java.io.Serializable;

/**
 * The order a list is asked for: a column's key (one of the list's {@link SortColumns}) and its
 * direction. {@link #NONE} asks for the list's own order. The key is only ever looked up, never
 * written into a query.
 */
public record Sort(String key, boolean ascending) implements Serializable {

  public static final Sort NONE = new Sort(null, true);

  public static Sort ascending(String key) {
    return new Sort(key, true);
  }

  public static Sort descending(String key) {
    return new Sort(key, false);
  }
}
