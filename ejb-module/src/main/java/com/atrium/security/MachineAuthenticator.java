package com.atrium.security;

import com.atrium.platform.Clock;
import com.atrium.platform.Database;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Decides whether a signed machine request (or a SOAP UsernameToken: any {@link MachineProof})
 * comes from an enabled API client: known key, timestamp in the window, signature made with one of
 * the key's active secrets (two during a rotation), and a nonce not seen before for that key. The
 * nonce is remembered only once everything else holds, so a forger cannot burn a client's nonces.
 *
 * <p>Every signed request passes here, so it costs one statement: the kind, scope and active
 * secrets of keys seen before are kept in memory to check the signature, and the nonce is inserted
 * only if, at that moment, the key is still enabled with that kind and scope and the secret that
 * verified is still neither revoked nor expired ({@link #remember}). A key disabled, moved, or
 * whose secret was revoked, on any instance, is therefore refused at once; a key unknown here, or
 * none of whose cached secrets verifies the signature, is read again first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MachineAuthenticator {

  /** Keys by id as last read from api_client; only enabled keys that exist are kept. */
  private static final Map<String, Key> KEYS = new ConcurrentHashMap<>();

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;
  @Inject CurrentCaller caller;

  /** The outcome: the key id and kind of the authenticated client, or why it was refused. */
  public sealed interface Verdict permits Verified, Refused {}

  public record Verified(String keyId, MachineKind kind) implements Verdict {}

  public record Refused(SignedRequest.Rejection reason) implements Verdict {}

  /** A secret neither revoked nor expired when read; its expiry is checked again at each use. */
  private record Secret(int number, String value, Instant expiresAt) {
    boolean activeAt(Instant now) {
      return expiresAt == null || now.isBefore(expiresAt);
    }
  }

  /** An enabled key as the check needs it; its secrets newest first. */
  private record Key(MachineKind kind, MachineScope scope, List<Secret> secrets) {

    /** The active secret that verifies the request's signature, if any. */
    Optional<Secret> signing(MachineProof request, Instant now) {
      for (Secret s : secrets) {
        if (s.activeAt(now) && request.provenWith(s.value())) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }

  /** What remembering the nonce found. */
  private enum Remembered {
    FIRST_USE,
    REUSED,
    /** The key or the secret is no longer as it was when checked. */
    KEY_CHANGED
  }

  public Verdict verify(MachineProof request) {
    Optional<SignedRequest.Rejection> malformed = request.malformed();
    if (malformed.isPresent()) {
      return new Refused(malformed.get());
    }
    try (Connection c = dataSource.getConnection()) {
      Instant now = clock.now();
      Key known = KEYS.get(request.keyId());
      if (known != null) {
        Optional<Secret> secret = known.signing(request, now);
        if (secret.isPresent()) {
          Optional<Verdict> verdict = inWindowAndFirstUse(c, request, known, secret.get(), now);
          if (verdict.isPresent()) {
            return verdict.get();
          }
          // the key changed since it was kept: judge the request by the key as it is now
        }
      }
      Optional<Key> key = read(c, request.keyId(), now);
      if (key.isEmpty()) {
        return new Refused(SignedRequest.Rejection.UNKNOWN_KEY);
      }
      if (!request.withinWindow(now)) {
        return new Refused(SignedRequest.Rejection.TIMESTAMP_OUT_OF_WINDOW);
      }
      Optional<Secret> secret = key.get().signing(request, now);
      if (secret.isEmpty()) {
        return new Refused(SignedRequest.Rejection.SIGNATURE_INVALID);
      }
      // changed again between reading it and inserting the nonce: refused rather than read again
      return inWindowAndFirstUse(c, request, key.get(), secret.get(), now)
          .orElseGet(() -> new Refused(SignedRequest.Rejection.UNKNOWN_KEY));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot check a signed request", e);
    }
  }

  /**
   * The rest of the check once the signature verified with {@code secret}: the timestamp, then the
   * nonce. Empty when the key or the secret is no longer as checked.
   */
  private Optional<Verdict> inWindowAndFirstUse(
      Connection c, MachineProof request, Key key, Secret secret, Instant now) throws SQLException {
    if (!request.withinWindow(now)) {
      return Optional.of(new Refused(SignedRequest.Rejection.TIMESTAMP_OUT_OF_WINDOW));
    }
    return switch (remember(c, request, key, secret, now)) {
      case FIRST_USE -> {
        // the key's scope, as just confirmed: the request need not read them again
        caller.verifiedMachine(request.keyId(), key.scope());
        yield Optional.of(new Verified(request.keyId(), key.kind()));
      }
      case REUSED -> Optional.of(new Refused(SignedRequest.Rejection.NONCE_REUSED));
      case KEY_CHANGED -> Optional.empty();
    };
  }

  private static Optional<Key> read(Connection c, String keyId, Instant now) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "select c.kind, c.tenant_id, c.mall_id, c.partner_code, c.enabled,"
                + " s.secret_no, s.secret, s.expires_at"
                + " from api_client c left join api_client_secret s"
                + " on s.key_id = c.key_id and s.revoked_at is null"
                + " where c.key_id = ? order by s.secret_no desc")) {
      select.setString(1, keyId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next() || !row.getBoolean(5)) {
          KEYS.remove(keyId);
          return Optional.empty();
        }
        MachineKind kind = MachineKind.valueOf(row.getString(1));
        long tenant = row.getLong(2);
        Long tenantId = row.wasNull() ? null : tenant;
        long mall = row.getLong(3);
        Long mallId = row.wasNull() ? null : mall;
        MachineScope scope = MachineScope.of(tenantId, mallId, row.getString(4));
        List<Secret> secrets = new ArrayList<>(ApiClient.MAX_ACTIVE_SECRETS);
        do {
          String value = row.getString(7);
          Timestamp expires = row.getTimestamp(8);
          Secret s = new Secret(row.getInt(6), value, expires == null ? null : expires.toInstant());
          if (value != null && s.activeAt(now)) {
            secrets.add(s);
          }
        } while (row.next());
        Key key = new Key(kind, scope, List.copyOf(secrets));
        KEYS.put(keyId, key);
        return Optional.of(key);
      }
    }
  }

  /**
   * Inserts the nonce if the key is, right now, enabled with the kind and scope the request was
   * checked against, and the secret that verified it is neither revoked nor expired. The primary
   * key (key_id, nonce) of request_nonce makes the first use win across every instance of a
   * cluster. The insert commits on its own (the connection is in auto-commit), before the request's
   * work starts: a request that fails later has still used its nonce, so it cannot be replayed. The
   * secret's number goes with the nonce: {@link NonceStore} rolls it up into the secret's and the
   * client's last use, so the request itself writes nothing more.
   */
  private static Remembered remember(
      Connection c, MachineProof request, Key key, Secret secret, Instant now) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            // portable SQL (PostgreSQL and Oracle): booleans are bound, an absent scope column is
            // -1 or '-'
            "insert into request_nonce (key_id, nonce, seen_at, secret_no)"
                + " select c.key_id, ?, ?, s.secret_no"
                + " from api_client c join api_client_secret s on s.key_id = c.key_id"
                + " where c.key_id = ? and c.enabled = ? and c.kind = ?"
                + " and coalesce(c.tenant_id, -1) = ? and coalesce(c.mall_id, -1) = ?"
                + " and coalesce(c.partner_code, '-') = ?"
                + " and s.secret_no = ? and s.secret = ? and s.revoked_at is null"
                + " and (s.expires_at is null or s.expires_at > ?)")) {
      Timestamp at = Timestamp.from(now);
      insert.setString(1, request.nonceKey());
      insert.setTimestamp(2, at);
      insert.setString(3, request.keyId());
      insert.setBoolean(4, true);
      insert.setString(5, key.kind().name());
      insert.setLong(6, key.scope().tenantId().orElse(-1L));
      insert.setLong(7, key.scope().mallId().orElse(-1L));
      insert.setString(8, key.scope().partnerCode().orElse("-"));
      insert.setInt(9, secret.number());
      insert.setString(10, secret.value());
      insert.setTimestamp(11, at);
      return insert.executeUpdate() == 1 ? Remembered.FIRST_USE : Remembered.KEY_CHANGED;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return Remembered.REUSED;
      }
      throw e;
    }
  }

  /**
   * A WiFi controller's RADIUS server (FreeRADIUS rlm_rest) cannot sign requests: it sends its key
   * id and one of the key's secrets as HTTP basic credentials. Only a WIFI_CONTROLLER key may; the
   * web layer accepts this on loopback or TLS only, where nobody can read or replay the secret.
   */
  public Verdict verifyBasic(String keyId, String presentedSecret) {
    if (keyId == null || presentedSecret == null || keyId.isEmpty()) {
      return new Refused(SignedRequest.Rejection.UNKNOWN_KEY);
    }
    try (Connection c = dataSource.getConnection()) {
      Instant now = clock.now();
      Optional<Key> key = read(c, keyId, now);
      if (key.isEmpty() || key.get().kind() != MachineKind.WIFI_CONTROLLER) {
        return new Refused(SignedRequest.Rejection.UNKNOWN_KEY);
      }
      byte[] presented = presentedSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      for (Secret s : key.get().secrets()) {
        if (s.activeAt(now)
            && java.security.MessageDigest.isEqual(
                presented, s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
          caller.verifiedMachine(keyId, key.get().scope());
          return new Verified(keyId, key.get().kind());
        }
      }
      return new Refused(SignedRequest.Rejection.SIGNATURE_INVALID);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot check a RADIUS server's credentials", e);
    }
  }
}
