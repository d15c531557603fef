package com.atrium.clearing;

import java.util.List;

/**
 * One page of the exchanges behind an exchange fee line, in entry id order ({@link
 * ClearingTraces#fees}); {@code total} is the line's count of exchanges. The amounts of all pages
 * sum to the line's amount.
 */
public record FeePage(List<FeeExchange> exchanges, long after, int limit, long total) {
  public FeePage {
    exchanges = List.copyOf(exchanges);
  }
}
