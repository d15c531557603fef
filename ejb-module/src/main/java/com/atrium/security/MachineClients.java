package com.atrium.security;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operator admin's management of machine clients: create one with its first secret, rotate its
 * secret with an overlap, revoke a secret, disable or enable the client. A secret leaves Atrium
 * once, in the answer to the call that made it; the audit log records every change, never a secret.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR_ADMIN)
public class MachineClients {

  /** The longest the old secrets stay valid after a rotation (the client's own rule). */
  public static final Duration MAX_OVERLAP = ApiClient.MAX_OVERLAP;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB AuditLog audit;
  @EJB NonceStore nonces;
  @EJB PartnerDirectory partners;
  @Inject Clock clock;
  @Inject CurrentCaller caller;

  /** A client as the operator sees it: no secret, only the secrets' states. */
  public record ClientView(
      String keyId,
      MachineKind kind,
      MachineScope scope,
      Optional<String> description,
      boolean enabled,
      Instant createdAt,
      Optional<Instant> lastUsedAt,
      List<SecretView> secrets) {}

  public record SecretView(
      int number,
      ApiClientSecret.State state,
      Instant createdAt,
      Optional<Instant> expiresAt,
      Optional<Instant> revokedAt,
      Optional<Instant> lastUsedAt) {}

  /** A secret just made: the only time it is shown. */
  public record IssuedSecret(String keyId, int secretNo, String secret) implements Serializable {}

  /** Every client, newest use first known to within the purge interval (rolled up here first). */
  public List<ClientView> list() {
    caller.requireGroupWide();
    nonces.rollUpLastUse();
    Instant now = clock.now();
    return em.createNamedQuery("ApiClient.all", ApiClient.class).getResultList().stream()
        .map(c -> view(c, now))
        .toList();
  }

  /**
   * The keys of one partner (kind {@code PARTNER}), oldest first, for its page: finance reads them
   * too, for a partner it may see (else PARTNER_NOT_FOUND); making or changing one stays the group
   * admin's, on the machine keys page.
   */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_FINANCE})
  public List<ClientView> ofPartner(String partnerCode) {
    if (!partners.visible(partnerCode)) {
      throw DomainException.notFound("PARTNER_NOT_FOUND", "No partner " + partnerCode);
    }
    nonces.rollUpLastUse();
    Instant now = clock.now();
    return em
        .createNamedQuery("ApiClient.ofPartner", ApiClient.class)
        .setParameter("partner", partnerCode)
        .getResultList()
        .stream()
        .filter(c -> c.kind() == MachineKind.PARTNER)
        .map(c -> view(c, now))
        .toList();
  }

  public ClientView get(String keyId) {
    caller.requireGroupWide();
    return view(require(keyId), clock.now());
  }

  /**
   * A new enabled client of {@code kind} bound to {@code scope}, with a generated key id and a
   * first secret. The caller names an existing tenant or mall (the database's foreign keys refuse
   * any other).
   */
  public IssuedSecret create(MachineKind kind, MachineScope scope, String description) {
    caller.requireGroupWide();
    if (kind == null) {
      throw DomainException.invalid("KIND_REQUIRED", "kind", "Choose the kind of machine");
    }
    if (scope != null
        && scope.partnerCode().isPresent()
        && !partners.exists(scope.partnerCode().get())) {
      throw DomainException.notFound(
          "PARTNER_NOT_FOUND", "No partner " + scope.partnerCode().get());
    }
    String keyId = newKeyId(kind);
    String secret = newSecret();
    Instant now = clock.now();
    ApiClient client =
        ApiClient.create(
            keyId, kind, scope, description == null ? null : description.trim(), secret, now);
    em.persist(client);
    audit.record("MACHINE_CLIENT_CREATED", "api_client", keyId, null, client.snapshot(now));
    return new IssuedSecret(keyId, 1, secret);
  }

  /**
   * A new secret for the client; the ones active until now stay valid until {@code oldValidUntil},
   * unless revoked earlier.
   */
  public IssuedSecret rotate(String keyId, Instant oldValidUntil) {
    caller.requireGroupWide();
    ApiClient client = require(keyId);
    Instant now = clock.now();
    Map<String, Object> before = client.snapshot(now);
    String secret = newSecret();
    ApiClientSecret added = client.rotate(secret, oldValidUntil, now);
    audit.record("MACHINE_SECRET_ROTATED", "api_client", keyId, before, client.snapshot(now));
    return new IssuedSecret(keyId, added.number(), secret);
  }

  /** Revokes one secret at once, on every instance (see {@link MachineAuthenticator}). */
  public void revoke(String keyId, int secretNo) {
    caller.requireGroupWide();
    ApiClient client = require(keyId);
    Instant now = clock.now();
    Map<String, Object> before = client.snapshot(now);
    client.revoke(secretNo, now);
    audit.record("MACHINE_SECRET_REVOKED", "api_client", keyId, before, client.snapshot(now));
  }

  public void disable(String keyId) {
    caller.requireGroupWide();
    ApiClient client = require(keyId);
    Instant now = clock.now();
    Map<String, Object> before = client.snapshot(now);
    client.disable();
    audit.record("MACHINE_CLIENT_DISABLED", "api_client", keyId, before, client.snapshot(now));
  }

  public void enable(String keyId) {
    caller.requireGroupWide();
    ApiClient client = require(keyId);
    Instant now = clock.now();
    Map<String, Object> before = client.snapshot(now);
    client.enable();
    audit.record("MACHINE_CLIENT_ENABLED", "api_client", keyId, before, client.snapshot(now));
  }

  private ApiClient require(String keyId) {
    ApiClient client = keyId == null ? null : em.find(ApiClient.class, keyId);
    if (client == null) {
      throw DomainException.notFound("MACHINE_CLIENT_NOT_FOUND", "No machine client " + keyId);
    }
    return client;
  }

  private static ClientView view(ApiClient c, Instant now) {
    return new ClientView(
        c.keyId(),
        c.kind(),
        c.scope(),
        c.description(),
        c.isEnabled(),
        c.createdAt(),
        c.lastUsedAt(),
        c.secrets().stream()
            .map(
                s ->
                    new SecretView(
                        s.number(),
                        s.stateAt(now),
                        s.createdAt(),
                        s.expiresAt(),
                        s.revokedAt(),
                        s.lastUsedAt()))
            .toList());
  }

  /** 256 random bits, URL-safe: what the machine keeps and signs with. */
  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The kind's prefix and 12 random characters (60 bits): unique without asking the database. */
  static String newKeyId(MachineKind kind) {
    StringBuilder id = new StringBuilder(kind.keyPrefix()).append('-');
    for (int i = 0; i < 12; i++) {
      id.append(KEY_ALPHABET[RANDOM.nextInt(KEY_ALPHABET.length)]);
    }
    return id.toString();
  }
}
