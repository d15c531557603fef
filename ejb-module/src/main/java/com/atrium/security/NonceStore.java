package com.atrium.security;

import com.atrium.platform.Clock;
import com.atrium.platform.Database;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps the table of the nonces of signed requests small ({@link MachineAuthenticator} inserts
 * them). The primary key (key_id, nonce) of request_nonce makes "first use wins" hold across every
 * instance of a cluster: the second insert of a pair fails. A nonce must be remembered as long as a
 * request carrying it could still pass the timestamp check: its timestamp may be up to the window
 * ahead of the clock when first seen and is accepted up to the window after it, so rows are kept
 * for twice the window.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NonceStore {

  private static final Logger LOG = Logger.getLogger(NonceStore.class.getName());
  static final long RETENTION_SECONDS = 2 * RequestSignature.WINDOW_SECONDS;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;

  /**
   * Forgets nonces that no longer matter, so the table stays as small as the traffic of 10 min;
   * first rolls up when each key and secret was last used, which the nonces are the only record of.
   */
  @Schedule(minute = "*/5", hour = "*", persistent = false)
  public void purge() {
    Instant cutoff = clock.now().minusSeconds(RETENTION_SECONDS);
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("delete from request_nonce where seen_at < ?")) {
      rollUpLastUse(c);
      delete.setTimestamp(1, Timestamp.from(cutoff));
      int n = delete.executeUpdate();
      LOG.fine(() -> "Purged " + n + " request nonces");
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Purging request nonces failed; will retry", e);
    }
  }

  /**
   * Brings api_client_secret.last_used_at and api_client.last_used_at up to the newest nonce of
   * each (a signed request never writes them itself: that would be a second statement per request).
   * Only rows with a newer use are written.
   */
  public void rollUpLastUse() {
    try (Connection c = dataSource.getConnection()) {
      rollUpLastUse(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot roll up when machine keys were last used", e);
    }
  }

  private static void rollUpLastUse(Connection c) throws SQLException {
    try (PreparedStatement secrets =
            c.prepareStatement(
                "update api_client_secret s set last_used_at = (select max(n.seen_at)"
                    + " from request_nonce n where n.key_id = s.key_id and n.secret_no = s.secret_no)"
                    + " where exists (select 1 from request_nonce n"
                    + " where n.key_id = s.key_id and n.secret_no = s.secret_no"
                    + " and (s.last_used_at is null or n.seen_at > s.last_used_at))");
        PreparedStatement clients =
            c.prepareStatement(
                "update api_client c set last_used_at = (select max(s.last_used_at)"
                    + " from api_client_secret s where s.key_id = c.key_id)"
                    + " where exists (select 1 from api_client_secret s where s.key_id = c.key_id"
                    + " and s.last_used_at is not null"
                    + " and (c.last_used_at is null or s.last_used_at > c.last_used_at))")) {
      secrets.executeUpdate();
      clients.executeUpdate();
    }
  }
}
