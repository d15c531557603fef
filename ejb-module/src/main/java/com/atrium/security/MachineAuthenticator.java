package com.atrium.security;

import com.atrium.platform.Clock;
import com.atrium.platform.Database;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Decides whether a signed machine request comes from an enabled API client: known key, timestamp
 * in the window, signature over the canonical string, and a nonce not seen before for that key. The
 * nonce is remembered only once everything else holds, so a forger cannot burn a client's nonces.
 *
 * <p>Every signed request passes here, so it costs one statement: the secrets of keys seen before
 * are kept in memory to check the signature, and the nonce is inserted only if, at that moment, the
 * key is still enabled with that secret and tenant ({@link #remember}). A key disabled, rotated or
 * moved on any instance is therefore refused at once; a key unknown here, or whose cached secret
 * does not verify the signature, is read again first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MachineAuthenticator {

  /** Keys by id as last read from api_client; only enabled keys that exist are kept. */
  private static final Map<String, Key> KEYS = new ConcurrentHashMap<>();

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;
  @Inject CurrentCaller caller;

  /** The outcome: the key id of the authenticated client, or why it was refused. */
  public sealed interface Verdict permits Verified, Refused {}

  public record Verified(String keyId) implements Verdict {}

  public record Refused(SignedRequest.Rejection reason) implements Verdict {}

  /** An enabled key as the check needs it. */
  private record Key(String secret, Optional<Long> tenantId) {}

  /** What remembering the nonce found. */
  private enum Remembered {
    FIRST_USE,
    REUSED,
    /** The key is no longer enabled with the secret and tenant that were checked. */
    KEY_CHANGED
  }

  public Verdict verify(SignedRequest request) {
    Optional<SignedRequest.Rejection> malformed = request.malformed();
    if (malformed.isPresent()) {
      return new Refused(malformed.get());
    }
    try (Connection c = dataSource.getConnection()) {
      Instant now = clock.now();
      Key known = KEYS.get(request.keyId());
      if (known != null && request.signedWith(known.secret())) {
        Optional<Verdict> verdict = inWindowAndFirstUse(c, request, known, now);
        if (verdict.isPresent()) {
          return verdict.get();
        }
        // the key changed since it was kept: judge the request by the key as it is now
      }
      Optional<Key> key = read(c, request.keyId());
      if (key.isEmpty()) {
        return new Refused(SignedRequest.Rejection.UNKNOWN_KEY);
      }
      if (!request.withinWindow(now)) {
        return new Refused(SignedRequest.Rejection.TIMESTAMP_OUT_OF_WINDOW);
      }
      if (!request.signedWith(key.get().secret())) {
        return new Refused(SignedRequest.Rejection.SIGNATURE_INVALID);
      }
      // changed again between reading it and inserting the nonce: refused rather than read again
      return inWindowAndFirstUse(c, request, key.get(), now)
          .orElseGet(() -> new Refused(SignedRequest.Rejection.UNKNOWN_KEY));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot check a signed request", e);
    }
  }

  /**
   * The rest of the check once the signature verified with {@code key}: the timestamp, then the
   * nonce. Empty when the key is no longer enabled with that secret and tenant.
   */
  private Optional<Verdict> inWindowAndFirstUse(
      Connection c, SignedRequest request, Key key, Instant now) throws SQLException {
    if (!request.withinWindow(now)) {
      return Optional.of(new Refused(SignedRequest.Rejection.TIMESTAMP_OUT_OF_WINDOW));
    }
    return switch (remember(c, request, key, now)) {
      case FIRST_USE -> {
        // the key's tenant, as just confirmed: the request need not read it again
        caller.verifiedMachine(request.keyId(), key.tenantId());
        yield Optional.of(new Verified(request.keyId()));
      }
      case REUSED -> Optional.of(new Refused(SignedRequest.Rejection.NONCE_REUSED));
      case KEY_CHANGED -> Optional.empty();
    };
  }

  private static Optional<Key> read(Connection c, String keyId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("select secret, tenant_id, enabled from api_client where key_id = ?")) {
      select.setString(1, keyId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next() || !row.getBoolean(3)) {
          KEYS.remove(keyId);
          return Optional.empty();
        }
        long tenant = row.getLong(2);
        Key key = new Key(row.getString(1), row.wasNull() ? Optional.empty() : Optional.of(tenant));
        KEYS.put(keyId, key);
        return Optional.of(key);
      }
    }
  }

  /**
   * Inserts the nonce if the key is, right now, enabled with the secret and tenant the request was
   * checked against. The primary key (key_id, nonce) of request_nonce makes the first use win
   * across every instance of a cluster. The insert commits on its own (the connection is in
   * auto-commit), before the request's work starts: a request that fails later has still used its
   * nonce, so it cannot be replayed.
   */
  private static Remembered remember(Connection c, SignedRequest request, Key key, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            // portable SQL (PostgreSQL and Oracle): enabled is bound, a key without a tenant is -1
            "insert into request_nonce (key_id, nonce, seen_at)"
                + " select key_id, ?, ? from api_client"
                + " where key_id = ? and enabled = ? and secret = ? and coalesce(tenant_id, -1) = ?")) {
      insert.setString(1, request.nonce());
      insert.setTimestamp(2, Timestamp.from(now));
      insert.setString(3, request.keyId());
      insert.setBoolean(4, true);
      insert.setString(5, key.secret());
      insert.setLong(6, key.tenantId().orElse(-1L));
      return insert.executeUpdate() == 1 ? Remembered.FIRST_USE : Remembered.KEY_CHANGED;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return Remembered.REUSED;
      }
      throw e;
    }
  }

  /** Who a POS key belongs to, for integrators checking their signing. */
  public Optional<PosIdentity> describe(String keyId) {
    List<?> rows =
        em.createNativeQuery(
                "select c.key_id, t.code, t.name from api_client c join tenant t on t.id ="
                    + " c.tenant_id where c.key_id = ?1")
            .setParameter(1, keyId)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new PosIdentity((String) r[0], (String) r[1], (String) r[2]))
        .findFirst();
  }

  public record PosIdentity(String keyId, String tenantCode, String tenantName) {}
}
