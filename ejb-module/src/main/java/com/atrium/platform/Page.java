package com.atrium.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the rows, where it starts, and how many rows there are in all. */
public record Page<T>(List<T> rows, int offset, int limit, long total) {

  public static final int MAX_LIMIT = 200;

  public Page {
    rows = List.copyOf(rows);
  }

  /** The same page with each row turned into {@code f}'s answer (an entity into its view). */
  public <U> Page<U> map(Function<? super T, ? extends U> f) {
    return new Page<>(rows.stream().<U>map(f).toList(), offset, limit, total);
  }

  /** Clamps a requested page size to 1..{@link #MAX_LIMIT}. */
  public static int clampLimit(int requested) {
    return Math.max(1, Math.min(MAX_LIMIT, requested));
  }
}
