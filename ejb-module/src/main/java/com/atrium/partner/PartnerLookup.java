package com.atrium.partner;

import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Finding partners by code for the context's services: a missing partner, and for an operator one
 * of a mall the caller may not see, is PARTNER_NOT_FOUND alike, so that a one-mall operator cannot
 * tell another mall's partners exist. Partners of the whole group (no mall) are every operator's.
 */
final class PartnerLookup {

  private PartnerLookup() {}

  static Partner byCode(EntityManager em, String code) {
    return em.createNamedQuery("Partner.byCode", Partner.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("PARTNER_NOT_FOUND", "No partner " + code));
  }

  static Partner visible(EntityManager em, CurrentCaller caller, String code) {
    Partner p = byCode(em, code);
    if (!visibleTo(caller, p)) {
      throw DomainException.notFound("PARTNER_NOT_FOUND", "No partner " + code);
    }
    return p;
  }

  /** The partners the caller may see, by code. */
  static List<Partner> visibleAll(EntityManager em, CurrentCaller caller) {
    return em
        .createQuery("select p from Partner p order by p.code", Partner.class)
        .getResultList()
        .stream()
        .filter(p -> visibleTo(caller, p))
        .toList();
  }

  private static boolean visibleTo(CurrentCaller caller, Partner p) {
    return p.mallId() == null || caller.maySeeMall(p.mallId());
  }
}
