package com.atrium.parking;

import com.atrium.member.MemberChanged;
import com.atrium.partner.RightGranted;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps {@link ParkingMember} in the transactions of the changes it copies. A row is made at
 * registration only: a member without one (inserted by SQL, as the demo and bench data are) stays
 * without, and the quote asks the member and partner contexts for it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ParkingMembers {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  public void changed(@Observes MemberChanged change) {
    if (change.registered()) {
      em.persist(new ParkingMember(change.member()));
      return;
    }
    ParkingMember copy = em.find(ParkingMember.class, change.member().id());
    if (copy != null) {
      copy.copy(change.member());
    }
  }

  public void granted(@Observes RightGranted grant) {
    ParkingMember copy = em.find(ParkingMember.class, grant.memberId());
    if (copy != null) {
      copy.partnerRightGranted();
    }
  }
}
