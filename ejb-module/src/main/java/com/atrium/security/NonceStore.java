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

  /** Forgets nonces that no longer matter, so the table stays as small as the traffic of 10 min. */
  @Schedule(minute = "*/5", hour = "*", persistent = false)
  public void purge() {
    Instant cutoff = clock.now().minusSeconds(RETENTION_SECONDS);
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("delete from request_nonce where seen_at < ?")) {
      delete.setTimestamp(1, Timestamp.from(cutoff));
      int n = delete.executeUpdate();
      LOG.fine(() -> "Purged " + n + " request nonces");
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Purging request nonces failed; will retry", e);
    }
  }
}
