package com.atrium.security;

import com.atrium.platform.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A machine that signs its requests with an HMAC secret: a POS, a car park, a WiFi controller or a
 * partner. Its kind and scope never change. It holds at most two active secrets, and only while a
 * rotation is under way: the new one, and the old one until it expires or is revoked. A rotation or
 * a revocation never leaves it without an active secret (disabling the client is how it is shut
 * out).
 */
@Entity
@Table(name = "api_client")
@NamedQuery(name = "ApiClient.all", query = "select c from ApiClient c order by c.keyId")
@NamedQuery(
    name = "ApiClient.ofPartner",
    query =
        "select c from ApiClient c where c.partnerCode = :partner order by c.createdAt, c.keyId")
public class ApiClient {

  /** The longest a rotated-out secret may stay valid beside its successor. */
  public static final Duration MAX_OVERLAP = Duration.ofDays(30);

  static final int MAX_ACTIVE_SECRETS = 2;

  @Id
  @Column(name = "key_id")
  private String keyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private MachineKind kind;

  @Column(name = "tenant_id", updatable = false)
  private Long tenantId;

  @Column(name = "mall_id", updatable = false)
  private Long mallId;

  @Column(name = "partner_code", updatable = false)
  private String partnerCode;

  private String description;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_used_at", insertable = false, updatable = false)
  private Instant lastUsedAt;

  @OneToMany(mappedBy = "client", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<ApiClientSecret> secrets = new ArrayList<>();

  protected ApiClient() {}

  private ApiClient(
      String keyId, MachineKind kind, MachineScope scope, String description, Instant now) {
    this.keyId = keyId;
    this.kind = kind;
    this.tenantId = scope.tenantId().orElse(null);
    this.mallId = scope.mallId().orElse(null);
    this.partnerCode = scope.partnerCode().orElse(null);
    this.description = description;
    this.createdAt = now;
  }

  /** A new enabled client with its first secret. */
  public static ApiClient create(
      String keyId,
      MachineKind kind,
      MachineScope scope,
      String description,
      String secret,
      Instant now) {
    if (kind == null) {
      throw DomainException.invalid("KIND_REQUIRED", "kind", "Choose the kind of machine");
    }
    if (scope == null || !kind.fits(scope)) {
      throw DomainException.invalid(
          "SCOPE_MISMATCH", "scope", "A " + kind + " client is bound to one " + kind.scopeName());
    }
    if (description != null && description.length() > 200) {
      throw DomainException.invalid(
          "DESCRIPTION_TOO_LONG", "description", "A description has at most 200 characters");
    }
    ApiClient client =
        new ApiClient(
            keyId,
            kind,
            scope,
            description == null || description.isBlank() ? null : description,
            now);
    client.secrets.add(new ApiClientSecret(client, 1, secret, now));
    return client;
  }

  /**
   * Adds {@code newSecret}; the secrets active until now stay valid beside it until {@code
   * oldValidUntil} (or their own earlier expiry), so machines can switch without downtime.
   */
  public ApiClientSecret rotate(String newSecret, Instant oldValidUntil, Instant now) {
    List<ApiClientSecret> active = activeSecrets(now);
    if (active.size() >= MAX_ACTIVE_SECRETS) {
      throw DomainException.conflict(
          "ROTATION_IN_PROGRESS",
          "The client already holds two active secrets: revoke one, or let it expire, first");
    }
    if (oldValidUntil == null || !oldValidUntil.isAfter(now)) {
      throw DomainException.invalid(
          "OVERLAP_NOT_IN_FUTURE", "oldValidUntil", "The old secret must stay valid for a while");
    }
    if (oldValidUntil.isAfter(now.plus(MAX_OVERLAP))) {
      throw DomainException.invalid(
          "OVERLAP_TOO_LONG", "oldValidUntil", "The old secret may stay valid for 30 days at most");
    }
    active.forEach(s -> s.expireBy(oldValidUntil));
    int next = secrets.stream().mapToInt(ApiClientSecret::number).max().orElse(0) + 1;
    ApiClientSecret added = new ApiClientSecret(this, next, newSecret, now);
    secrets.add(added);
    return added;
  }

  /** Revokes one active secret at once; the client must keep another active one. */
  public void revoke(int secretNo, Instant now) {
    ApiClientSecret secret =
        secrets.stream()
            .filter(s -> s.number() == secretNo)
            .findFirst()
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "SECRET_NOT_FOUND", "Client " + keyId + " has no secret " + secretNo));
    if (!secret.isActiveAt(now)) {
      throw DomainException.conflict("SECRET_NOT_ACTIVE", "This secret is no longer active");
    }
    if (activeSecrets(now).size() == 1) {
      throw DomainException.conflict(
          "LAST_ACTIVE_SECRET",
          "This is the client's only active secret: rotate first, or disable the client");
    }
    secret.revoke(now);
  }

  void enable() {
    enabled = true;
  }

  void disable() {
    enabled = false;
  }

  /** The secrets a signature may be made with at {@code now}, newest first. */
  public List<ApiClientSecret> activeSecrets(Instant now) {
    return secrets.stream()
        .filter(s -> s.isActiveAt(now))
        .sorted(Comparator.comparingInt(ApiClientSecret::number).reversed())
        .toList();
  }

  /** What the audit log records: never a secret, only which secrets exist and their state. */
  public Map<String, Object> snapshot(Instant now) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("keyId", keyId);
    m.put("kind", kind);
    m.put("scope", scope());
    m.put("description", description);
    m.put("enabled", enabled);
    Map<Integer, String> states = new LinkedHashMap<>();
    for (ApiClientSecret s : secrets) {
      states.put(
          s.number(),
          s.stateAt(now)
              + s.expiresAt().map(e -> " until " + e).orElse("")
              + s.revokedAt().map(r -> " at " + r).orElse(""));
    }
    m.put("secrets", states);
    return m;
  }

  public String keyId() {
    return keyId;
  }

  public MachineKind kind() {
    return kind;
  }

  public MachineScope scope() {
    return MachineScope.of(tenantId, mallId, partnerCode);
  }

  public Optional<Long> tenantId() {
    return Optional.ofNullable(tenantId);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /**
   * When a signed request of this client was last seen, to within the purge interval of {@link
   * NonceStore} (the hot path never writes it).
   */
  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  public List<ApiClientSecret> secrets() {
    return List.copyOf(secrets);
  }
}
