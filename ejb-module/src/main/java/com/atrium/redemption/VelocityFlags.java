package com.atrium.redemption;

import com.atrium.earning.SaleVelocityExceeded;
import com.atrium.platform.Clock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Flags the member for the service desk when a sale crosses a velocity limit, in the sale's
 * transaction: the desk sees who, which limit and the sale that crossed it.
 */
@Stateless
@PermitAll
public class VelocityFlags {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Clock clock;

  public void exceeded(@Observes SaleVelocityExceeded e) {
    String detail =
        switch (e.kind()) {
          case MEMBER ->
              "Member over the daily sales limit: "
                  + e.salesOfDay()
                  + " sales, "
                  + e.amountOfDay().toPlainString()
                  + " CNY (sale "
                  + e.saleId()
                  + ")";
          case ASSISTANT ->
              "Assistant "
                  + e.recorder()
                  + " over the daily sales limit: "
                  + e.salesOfDay()
                  + " sales (sale "
                  + e.saleId()
                  + ")";
        };
    em.persist(MemberFlag.saleVelocity(e.memberId(), e.mallId(), detail, clock.now()));
  }
}
