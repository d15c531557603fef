package com.atrium.clearing;

import java.util.List;

/** One page of a stored statement's lines, in the statement's order, and how many it has. */
public record LinePage(List<StoredLine> lines, int offset, int limit, long total) {
  public LinePage {
    lines = List.copyOf(lines);
  }
}
