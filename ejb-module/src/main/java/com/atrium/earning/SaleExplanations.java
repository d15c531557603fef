package com.atrium.earning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Why a sale earned what it did, for the history screens: the stored explanation of the sales
 * behind the given journal entries. The caller has already scoped which entries it may show.
 */
@Stateless
@PermitAll
public class SaleExplanations {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** The explanation (JSON) by journal entry id, for the entries that credited a sale. */
  public Map<Long, String> ofEntries(Collection<Long> entryIds) {
    if (entryIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.createNamedQuery("Sale.explanationsOfEntries", Object[].class)
            .setParameter("entries", List.copyOf(entryIds))
            .getResultList();
    return rows.stream()
        .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
  }
}
