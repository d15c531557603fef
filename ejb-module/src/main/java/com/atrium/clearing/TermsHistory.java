package com.atrium.clearing;

import java.util.List;
import java.util.Optional;

/**
 * A tenant's clearing terms: the version in force now (none before its first version starts) and
 * every version, newest first.
 */
public record TermsHistory(
    long tenantId,
    String tenantCode,
    String tenantName,
    Optional<TermsVersion> inForce,
    List<TermsVersion> versions) {
  public TermsHistory {
    versions = List.copyOf(versions);
  }
}
