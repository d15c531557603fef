package com.atrium.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The columns a list may be sorted by, each a key people's requests name and the query expression
 * it stands for: the whitelist between a {@link Sort} and the {@code order by} of a query. A key
 * not on it gives the list's own order, so nothing a request carries reaches the query text. A
 * unique tie-break ends every order, so that pages do not overlap or skip rows of equal values.
 */
public final class SortColumns {

  private final Map<String, String> expressions;
  private final String defaultOrder;
  private final String tieBreak;

  private SortColumns(Map<String, String> expressions, String defaultOrder, String tieBreak) {
    this.expressions = Map.copyOf(expressions);
    this.defaultOrder = defaultOrder;
    this.tieBreak = tieBreak;
  }

  /**
   * {@code keysAndExpressions}: key, expression, key, expression, ... ({@code "name", "m.name"}).
   * {@code defaultOrder} is the list's own order and {@code tieBreak} a unique column with its
   * direction ({@code "m.id desc"}).
   */
  public static SortColumns of(String defaultOrder, String tieBreak, String... keysAndExpressions) {
    if (keysAndExpressions.length % 2 != 0) {
      throw new IllegalArgumentException("pairs of key and expression");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndExpressions.length; i += 2) {
      map.put(keysAndExpressions[i], keysAndExpressions[i + 1]);
    }
    return new SortColumns(map, defaultOrder, tieBreak);
  }

  /** The keys a list may be sorted by. */
  public Set<String> keys() {
    return expressions.keySet();
  }

  /** True when {@code sort} names a column of this list. */
  public boolean allows(Sort sort) {
    return sort != null && sort.key() != null && expressions.containsKey(sort.key());
  }

  /** {@code " order by ..."} for the sort asked for, or the list's own order. */
  public String orderBy(Sort sort) {
    if (!allows(sort)) {
      return defaultOrder.equals(tieBreak)
          ? " order by " + tieBreak
          : " order by " + defaultOrder + ", " + tieBreak;
    }
    return " order by "
        + expressions.get(sort.key())
        + (sort.ascending() ? " asc" : " desc")
        + ", "
        + tieBreak;
  }
}
