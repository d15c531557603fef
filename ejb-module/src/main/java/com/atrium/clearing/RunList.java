package com.atrium.clearing;

import java.util.List;

/** One page of runs, newest period first, and how many there are in all. */
public record RunList(List<RunView> runs, int offset, int limit, long total) {
  public RunList {
    runs = List.copyOf(runs);
  }
}
