package com.atrium.partner;

import com.atrium.member.MemberDirectory;
import com.atrium.platform.Clock;
import com.atrium.platform.Page;
import com.atrium.platform.Sort;
import com.atrium.platform.SortColumns;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finance's and the service desk's view of partner exchanges (docs/partners.md, "Finding
 * exchanges"): a search by partner, transaction id, member reference, business days and state,
 * newest first, and the exchanges out still pending longer than {@code
 * atrium.partner.pending-alert-minutes}, which the partner has neither confirmed nor rejected. A
 * one-mall operator sees the partners of its mall and of the whole group.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_FINANCE, Roles.OPERATOR_SERVICE})
public class PartnerTransactions {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB MemberDirectory members;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "atrium.partner.pending-alert-minutes", defaultValue = "120")
  int pendingAlertMinutes;

  /** The columns the exchanges list may be sorted by; newest request first when none. */
  static final SortColumns SORT =
      SortColumns.of(
          "e.requestedAt desc",
          "e.id desc",
          "state",
          "e.state",
          "txn",
          "e.partnerTxnId",
          "member",
          "l.memberRef",
          "direction",
          "e.direction",
          "points",
          "e.points",
          "partnerAmount",
          "e.partnerAmount",
          "fee",
          "e.fee",
          "requested",
          "e.requestedAt");

  public Page<ExchangeRow> search(ExchangeQuery q, int offset, int limit) {
    return search(q, Sort.NONE, offset, limit);
  }

  /** One page of the exchanges {@code q} selects, in a whitelisted order ({@link #SORT}). */
  public Page<ExchangeRow> search(ExchangeQuery q, Sort sort, int offset, int limit) {
    Instant overdueBefore = overdueBefore();
    StringBuilder where = new StringBuilder(" from Exchange e, Partner p, PartnerLink l");
    where.append(" where p.id = e.partnerId and l.id = e.linkId");
    Map<String, Object> params = new HashMap<>();
    if (blank(q.partnerCode()) != null) {
      where.append(" and p.code = :partner");
      params.put("partner", q.partnerCode().strip());
    }
    if (blank(q.partnerTxnId()) != null) {
      where.append(" and e.partnerTxnId = :txn");
      params.put("txn", q.partnerTxnId().strip());
    }
    if (blank(q.memberRef()) != null) {
      where.append(" and l.memberRef = :ref");
      params.put("ref", q.memberRef().strip());
    }
    if (q.state() != null) {
      where.append(" and e.state = :state");
      params.put("state", q.state());
    }
    if (q.from() != null) {
      where.append(" and e.businessDay >= :from");
      params.put("from", q.from());
    }
    if (q.to() != null) {
      where.append(" and e.businessDay <= :to");
      params.put("to", q.to());
    }
    if (q.overdueOnly()) {
      where.append(" and e.state = :pending and e.requestedAt < :overdue");
      params.put("pending", ExchangeState.PENDING);
      params.put("overdue", overdueBefore);
    }
    Optional<Long> mall = caller.mallId();
    if (mall.isPresent()) {
      where.append(" and (p.mallId is null or p.mallId = :mall)");
      params.put("mall", mall.get());
    }
    TypedQuery<Long> count = em.createQuery("select count(e)" + where, Long.class);
    TypedQuery<Object[]> rows =
        em.createQuery(
            "select e, p.code, l.memberRef" + where + SORT.orderBy(sort), Object[].class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          rows.setParameter(k, v);
        });
    int clamped = Page.clampLimit(limit);
    List<Object[]> found =
        rows.setFirstResult(Math.max(0, offset)).setMaxResults(clamped).getResultList();
    Map<Long, String> cards =
        members.maskedCards(found.stream().map(r -> ((Exchange) r[0]).memberId()).toList());
    List<ExchangeRow> out =
        found.stream()
            .map(
                r -> {
                  Exchange e = (Exchange) r[0];
                  return new ExchangeRow(
                      e.id(),
                      (String) r[1],
                      e.partnerTxnId(),
                      (String) r[2],
                      cards.get(e.memberId()),
                      e.direction(),
                      e.state(),
                      e.points(),
                      e.partnerAmount(),
                      e.fee(),
                      e.businessDay(),
                      e.requestedAt(),
                      e.settledAt(),
                      e.state() == ExchangeState.PENDING
                          && e.requestedAt().isBefore(overdueBefore));
                })
            .toList();
    return new Page<>(out, Math.max(0, offset), clamped, count.getSingleResult());
  }

  /** How many exchanges out are pending longer than the configured time (the dashboard's). */
  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE,
    Roles.OPERATOR_MARKETING
  })
  public long overdueCount() {
    return em.createQuery(
            "select count(e) from Exchange e where e.state = :pending and e.requestedAt < :before",
            Long.class)
        .setParameter("pending", ExchangeState.PENDING)
        .setParameter("before", overdueBefore())
        .getSingleResult();
  }

  /** The time after which a pending exchange out is listed for finance. */
  public Duration pendingAlert() {
    return Duration.ofMinutes(Math.max(1, pendingAlertMinutes));
  }

  private Instant overdueBefore() {
    return clock.now().minus(pendingAlert());
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
