package com.atrium.tenant;

import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Makes sure every mall named in the configuration ({@code malls}, or the one {@code mall.code})
 * exists, so that a fresh production database is usable without hand-written rows. A mall is only
 * added, never renamed or removed here: its rows carry history.
 */
@Singleton
@Startup
@DependsOn({"Database", "TenantConfigCheck"})
public class MallRegistry {

  private static final Logger LOG = Logger.getLogger(MallRegistry.class.getName());

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject MallConfiguration configuration;
  @Inject Clock clock;

  /** Zones by mall id: a mall is never renamed and its zone's configuration takes a restart. */
  private final Map<Long, ZoneId> zones = new ConcurrentHashMap<>();

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void ensureConfiguredMalls() {
    for (MallSettings mall : configuration.malls()) {
      boolean exists =
          !em.createNamedQuery("Mall.byCode", Mall.class)
              .setParameter("code", mall.code())
              .getResultList()
              .isEmpty();
      if (!exists) {
        em.persist(new Mall(mall.code(), mall.name(), mall.zone(), clock.now()));
        LOG.info(() -> "Registered mall " + mall.code() + " from the configuration");
      }
    }
  }

  /** Every mall of the operator, by code. */
  @Lock(LockType.READ)
  public List<MallSummary> malls() {
    return em.createNamedQuery("Mall.all", Mall.class).getResultList().stream()
        .map(MallRegistry::summary)
        .toList();
  }

  @Lock(LockType.READ)
  public Optional<MallSummary> mall(long id) {
    return Optional.ofNullable(em.find(Mall.class, id)).map(MallRegistry::summary);
  }

  /** A mall that must exist (a machine key's, say): refused as not found otherwise. */
  @Lock(LockType.READ)
  public MallSummary require(long id) {
    return mall(id).orElseThrow(() -> DomainException.notFound("MALL_NOT_FOUND", "No mall " + id));
  }

  /**
   * A mall's zone ({@link MallConfiguration#zoneOf}), which decides its business days, read once
   * per mall: a sale asks it, so the hot path does not read the mall again.
   */
  @Lock(LockType.READ)
  public ZoneId zoneOf(long mallId) {
    ZoneId known = zones.get(mallId);
    if (known != null) {
      return known;
    }
    ZoneId zone = configuration.zoneOf(require(mallId).code());
    zones.put(mallId, zone);
    return zone;
  }

  private static MallSummary summary(Mall m) {
    return new MallSummary(m.id(), m.code(), m.name());
  }
}
