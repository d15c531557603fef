package com.atrium.tenant;

public enum TenantStatus {
  ACTIVE,
  INACTIVE
}
