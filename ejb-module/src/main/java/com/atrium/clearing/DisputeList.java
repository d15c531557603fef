package com.atrium.clearing;

import java.util.List;

/** One page of disputes and how many there are in all. */
public record DisputeList(List<DisputeView> disputes, int offset, int limit, long total) {
  public DisputeList {
    disputes = List.copyOf(disputes);
  }
}
