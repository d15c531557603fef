package com.atrium.tenant.config;

/** Thrown at startup when the tenant configuration is invalid; its message lists every bad key. */
public class InvalidTenantConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidTenantConfigurationException(String message) {
    super(message);
  }
}
