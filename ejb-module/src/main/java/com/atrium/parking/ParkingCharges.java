package com.atrium.parking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The parking charges of a mall's business days {@code [from, to)}, of settlements not released:
 * the view clearing reads (who pays which free minutes, traceable to the session).
 */
@Stateless
@PermitAll
public class ParkingCharges {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  public List<ChargeLine> forPeriod(long mallId, LocalDate from, LocalDate to) {
    return em.createNamedQuery("ParkingCharge.forPeriod", ChargeLine.class)
        .setParameter("mall", mallId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }
}
