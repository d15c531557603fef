package com.atrium.tenant;

import com.atrium.platform.DomainException;

/** A tenant as the other contexts see it: who it is and whether it may do business. */
public record TenantView(
    long id, long mallId, String code, String name, Category category, TenantStatus status) {

  static TenantView of(Tenant t) {
    return new TenantView(t.id(), t.mallId(), t.code(), t.name(), t.category(), t.status());
  }

  /** Refuses new business for an inactive tenant. */
  public void requireActive() {
    if (status != TenantStatus.ACTIVE) {
      throw DomainException.conflict("TENANT_INACTIVE", "Tenant " + code + " is inactive");
    }
  }
}
