package com.atrium.portal.lists;

import java.io.Serializable;
import java.util.function.Function;

/**
 * One column of a list as the page shows it and the exports write it: its key (the sort key its
 * service whitelists, or an own name when it does not sort), the bundle key of its header, and its
 * value for a row. A value is a number (a number cell in XLSX) or the text the page shows.
 */
public record ListColumn<T>(String key, String header, Cell<T> cell, boolean sortable)
    implements Serializable {

  /** A row's value in this column. */
  public interface Cell<T> extends Function<T, Object>, Serializable {}

  public static <T> ListColumn<T> sorted(String key, String header, Cell<T> cell) {
    return new ListColumn<>(key, header, cell, true);
  }

  public static <T> ListColumn<T> plain(String key, String header, Cell<T> cell) {
    return new ListColumn<>(key, header, cell, false);
  }

  /** The value of {@code row}: a number, a text, or null for an empty cell. */
  public Object value(T row) {
    return cell.apply(row);
  }

  /** The value as the page shows it. */
  public String text(T row) {
    Object v = value(row);
    return v == null ? "" : v.toString();
  }
}
