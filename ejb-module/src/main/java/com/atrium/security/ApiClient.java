package com.atrium.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A machine (a tenant's POS) that signs its requests with a shared HMAC secret. */
@Entity
@Table(name = "api_client")
public class ApiClient {

  @Id
  @Column(name = "key_id")
  private String keyId;

  @Column(nullable = false)
  private String secret;

  @Column(nullable = false)
  private String kind;

  @Column(name = "tenant_id")
  private Long tenantId;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ApiClient() {}

  public String keyId() {
    return keyId;
  }

  String secret() {
    return secret;
  }

  public String kind() {
    return kind;
  }

  public Optional<Long> tenantId() {
    return Optional.ofNullable(tenantId);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
