package com.atrium.tenant;

import java.time.LocalDate;

/**
 * A tenant as the operator's register lists and edits it: the view plus where it rents (floor,
 * unit) and its contract dates. Adapters take this, never the {@link Tenant} entity.
 */
public record TenantDetails(
    long id,
    long mallId,
    String code,
    String name,
    Category category,
    String floor,
    String unit,
    LocalDate contractStart,
    LocalDate contractEnd,
    TenantStatus status) {

  static TenantDetails of(Tenant t) {
    return new TenantDetails(
        t.id(),
        t.mallId(),
        t.code(),
        t.name(),
        t.category(),
        t.floor(),
        t.unit(),
        t.contractStart(),
        t.contractEnd(),
        t.status());
  }

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }
}
