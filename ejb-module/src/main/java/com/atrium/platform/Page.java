package com.atrium.platform;

import java.util.List;

/** One page of a list: the rows, where it starts, and how many rows there are in all. */
public record Page<T>(List<T> rows, int offset, int limit, long total) {

  public static final int MAX_LIMIT = 200;

  public Page {
    rows = List.copyOf(rows);
  }

  /** Clamps a requested page size to 1..{@link #MAX_LIMIT}. */
  public static int clampLimit(int requested) {
    return Math.max(1, Math.min(MAX_LIMIT, requested));
  }
}
