package com.atrium.wifi;

import com.atrium.platform.Clock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Holds the key of the keyed hashes ({@link WifiHashKey}), made at first use in its own
 * transaction. When two instances make it at once, one loses at the primary key and its caller's
 * request fails once; the next request reads the winner's key.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WifiKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Clock clock;

  private volatile String key;

  @Lock(LockType.READ)
  public String hash(String purpose, String value) {
    String k = key;
    if (k == null) {
      k = load();
    }
    return KeyedHash.of(k, purpose, value);
  }

  /** Cached only once read back from the database: a key made here may yet lose at commit. */
  private synchronized String load() {
    if (key != null) {
      return key;
    }
    WifiHashKey row = em.find(WifiHashKey.class, WifiHashKey.ID);
    if (row != null) {
      key = row.keyValue();
      return key;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    row = new WifiHashKey(HexFormat.of().formatHex(bytes), clock.now());
    em.persist(row);
    em.flush();
    return row.keyValue();
  }
}
