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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Decides whether a signed machine request comes from an enabled API client: known key, timestamp
 * in the window, signature over the canonical string, and a nonce not seen before for that key. The
 * nonce is remembered only once everything else holds, so a forger cannot burn a client's nonces.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MachineAuthenticator {

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

  /**
   * Every signed request passes here, so it reads the key and remembers the nonce on one pooled
   * connection in plain JDBC: two statements, no persistence context.
   */
  public Verdict verify(SignedRequest request) {
    Optional<SignedRequest.Rejection> malformed = request.malformed();
    if (malformed.isPresent()) {
      return new Refused(malformed.get());
    }
    try (Connection c = dataSource.getConnection()) {
      Optional<Key> key = enabledKey(c, request.keyId());
      if (key.isEmpty()) {
        return new Refused(SignedRequest.Rejection.UNKNOWN_KEY);
      }
      Instant now = clock.now();
      if (!request.withinWindow(now)) {
        return new Refused(SignedRequest.Rejection.TIMESTAMP_OUT_OF_WINDOW);
      }
      if (!request.signedWith(key.get().secret())) {
        return new Refused(SignedRequest.Rejection.SIGNATURE_INVALID);
      }
      if (!NonceStore.remember(c, request.keyId(), request.nonce(), now)) {
        return new Refused(SignedRequest.Rejection.NONCE_REUSED);
      }
      // the key's tenant, read just now with the key itself: the request need not read it again
      caller.verifiedMachine(request.keyId(), key.get().tenantId());
      return new Verified(request.keyId());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot check a signed request", e);
    }
  }

  private static Optional<Key> enabledKey(Connection c, String keyId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("select secret, tenant_id, enabled from api_client where key_id = ?")) {
      select.setString(1, keyId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next() || !row.getBoolean(3)) {
          return Optional.empty();
        }
        long tenant = row.getLong(2);
        return Optional.of(
            new Key(row.getString(1), row.wasNull() ? Optional.empty() : Optional.of(tenant)));
      }
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
