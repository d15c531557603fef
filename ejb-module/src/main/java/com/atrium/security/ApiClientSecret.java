package com.atrium.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One HMAC secret of a machine client, numbered within the client. The secret never changes once
 * written: it is active until it expires or is revoked, then never again.
 */
@Entity
@Table(name = "api_client_secret")
@IdClass(ApiClientSecret.Key.class)
public class ApiClientSecret {

  /** What a secret is at a given instant. */
  public enum State {
    ACTIVE,
    EXPIRED,
    REVOKED
  }

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "key_id")
  private ApiClient client;

  @Id
  @Column(name = "secret_no")
  private int number;

  @Column(nullable = false, updatable = false)
  private String secret;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "last_used_at", insertable = false, updatable = false)
  private Instant lastUsedAt;

  protected ApiClientSecret() {}

  ApiClientSecret(ApiClient client, int number, String secret, Instant now) {
    this.client = client;
    this.number = number;
    this.secret = Objects.requireNonNull(secret);
    this.createdAt = now;
  }

  /** Revoked wins over expired: a revoked secret is refused whatever its expiry said. */
  public State stateAt(Instant now) {
    if (revokedAt != null) {
      return State.REVOKED;
    }
    if (expiresAt != null && !now.isBefore(expiresAt)) {
      return State.EXPIRED;
    }
    return State.ACTIVE;
  }

  public boolean isActiveAt(Instant now) {
    return stateAt(now) == State.ACTIVE;
  }

  /** Ends the secret at {@code at}, unless it already ends earlier. */
  void expireBy(Instant at) {
    if (expiresAt == null || at.isBefore(expiresAt)) {
      expiresAt = at;
    }
  }

  void revoke(Instant now) {
    revokedAt = now;
  }

  public int number() {
    return number;
  }

  String secret() {
    return secret;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  /** When a request signed with this secret was last seen (to within the purge interval). */
  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  /** The composite key: the client's key id and the secret's number. */
  public static class Key implements Serializable {
    private String client;
    private int number;

    public Key() {}

    public Key(String client, int number) {
      this.client = client;
      this.number = number;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.number == number && Objects.equals(k.client, client);
    }

    @Override
    public int hashCode() {
      return Objects.hash(client, number);
    }
  }
}
