package com.atrium.parking;

import com.atrium.member.MemberDirectory;
import com.atrium.platform.Clock;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the operator portal shows of a mall's parking: its terms as configured, the day's car park
 * sessions (plates masked as stored, members by masked card) and the day's report: free minutes by
 * reason, points paid and who pays the free minutes. Released settlements count nowhere. A one-mall
 * operator sees only their mall.
 */
@Stateless
@RolesAllowed({
  Roles.OPERATOR_ADMIN,
  Roles.OPERATOR_MARKETING,
  Roles.OPERATOR_FINANCE,
  Roles.OPERATOR_SERVICE
})
public class ParkingDesk {

  /** Sessions listed for a day at most (newest first): the page is a glance, not an export. */
  static final int MAX_SESSIONS = 200;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB MallRegistry malls;
  @EJB MemberDirectory members;
  @EJB TenantService tenants;
  @Inject ParkingConfiguration configuration;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** One car park session of the day: its entry and, once the car left, its settlement. */
  public record SessionRow(
      String sessionId,
      String plate,
      String card,
      Instant enteredAt,
      Instant exitedAt,
      String state,
      int tierMinutes,
      int spendMinutes,
      long feeFen,
      long appliedFen,
      long points) {}

  /** One payer's share of the day's free minutes. */
  public record PayerRow(String payer, BigDecimal minutes, BigDecimal amount) {}

  /** The day's figures of one mall. */
  public record DailyReport(
      LocalDate day,
      int settlements,
      long tierMinutes,
      long spendMinutes,
      long partnerMinutes,
      long points,
      long appliedFen,
      List<PayerRow> payers) {

    public BigDecimal cost() {
      return payers.stream().map(PayerRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /** The mall the caller asked for, confined to a one-mall caller's own; the first by default. */
  public MallSummary mall(Long asked) {
    Long id = caller.mallId().orElse(asked);
    if (id != null) {
      return malls.require(id);
    }
    return malls.malls().get(0);
  }

  /** The malls the caller may switch between: a one-mall operator's own only. */
  public List<MallSummary> malls() {
    return caller.mallId().map(id -> List.of(malls.require(id))).orElseGet(malls::malls);
  }

  public ParkingTerms terms(Long mallId) {
    MallSummary m = mall(mallId);
    return configuration.terms(m.id(), m.code());
  }

  /** Today's business day in the mall's zone. */
  public LocalDate today(Long mallId) {
    return clock.now().atZone(terms(mallId).zone()).toLocalDate();
  }

  /** The sessions of the mall's business day: entered that day or settled for that day. */
  public List<SessionRow> sessions(Long mallId, LocalDate day) {
    ParkingTerms terms = terms(mallId);
    Instant from = day.atStartOfDay(terms.zone()).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(terms.zone()).toInstant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select coalesce(s.session_id, e.session_id), coalesce(bs.masked, be.masked),"
                    + " coalesce(s.member_id, e.member_id), coalesce(s.entered_at, e.entered_at),"
                    + " s.exited_at, s.state, s.tier_minutes, s.spend_minutes, s.fee_fen,"
                    + " s.applied_fen, s.points"
                    + " from (select * from parking_entry where mall_id = ?1"
                    + "         and entered_at >= ?2 and entered_at < ?3) e"
                    + " full join (select * from parking_settlement where mall_id = ?5"
                    + "         and business_day = ?4) s on s.session_id = e.session_id"
                    + " left join plate_binding be on be.id = e.binding_id"
                    + " left join plate_binding bs on bs.id = s.binding_id"
                    + " order by coalesce(s.exited_at, e.entered_at) desc,"
                    + " coalesce(s.session_id, e.session_id)")
            .setParameter(1, terms.mallId())
            .setParameter(2, Timestamp.from(from))
            .setParameter(3, Timestamp.from(to))
            .setParameter(4, java.sql.Date.valueOf(day))
            .setParameter(5, terms.mallId())
            .setMaxResults(MAX_SESSIONS)
            .getResultList();
    List<Long> memberIds =
        rows.stream().map(r -> r[2]).filter(Objects::nonNull).map(ParkingDesk::asLong).toList();
    Map<Long, String> cards = memberIds.isEmpty() ? Map.of() : members.maskedCards(memberIds);
    List<SessionRow> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          new SessionRow(
              (String) r[0],
              (String) r[1],
              r[2] == null ? null : cards.get(asLong(r[2])),
              instant(r[3]),
              instant(r[4]),
              r[5] == null ? "IN" : (String) r[5],
              r[6] == null ? 0 : ((Number) r[6]).intValue(),
              r[7] == null ? 0 : ((Number) r[7]).intValue(),
              r[8] == null ? 0 : asLong(r[8]),
              r[9] == null ? 0 : asLong(r[9]),
              r[10] == null ? 0 : asLong(r[10])));
    }
    return out;
  }

  /** The day's report: settlements not released, their minutes, points and charges by payer. */
  public DailyReport report(Long mallId, LocalDate day) {
    ParkingTerms terms = terms(mallId);
    Object[] totals =
        (Object[])
            em.createNativeQuery(
                    "select count(*), coalesce(sum(tier_minutes), 0), coalesce(sum(spend_minutes), 0),"
                        + " coalesce(sum(points), 0), coalesce(sum(applied_fen), 0)"
                        + " from parking_settlement where mall_id = ?1 and business_day = ?2"
                        + " and released_at is null")
                .setParameter(1, terms.mallId())
                .setParameter(2, java.sql.Date.valueOf(day))
                .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> charges =
        em.createNativeQuery(
                "select c.payer_kind, c.tenant_id, c.partner_code, c.reason, sum(c.minutes),"
                    + " sum(c.amount) from parking_charge c"
                    + " join parking_settlement s on s.id = c.settlement_id"
                    + " where c.mall_id = ?1 and c.business_day = ?2 and s.released_at is null"
                    + " group by c.payer_kind, c.tenant_id, c.partner_code, c.reason")
            .setParameter(1, terms.mallId())
            .setParameter(2, java.sql.Date.valueOf(day))
            .getResultList();
    Map<Long, TenantView> seen = charges.isEmpty() ? Map.of() : tenants.viewsIn(terms.mallId());
    Map<String, BigDecimal[]> byPayer = new LinkedHashMap<>();
    long partnerMinutes = 0;
    for (Object[] c : charges) {
      String kind = (String) c[0];
      String payer =
          switch (kind) {
            case "TENANT" ->
                seen.containsKey(asLong(c[1])) ? seen.get(asLong(c[1])).code() : "#" + c[1];
            case "PARTNER" -> "PARTNER " + c[2];
            default -> "OPERATOR";
          };
      if ("PARTNER".equals(c[3])) {
        partnerMinutes += ((BigDecimal) c[4]).longValue();
      }
      BigDecimal[] sum =
          byPayer.computeIfAbsent(payer, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sum[0] = sum[0].add((BigDecimal) c[4]);
      sum[1] = sum[1].add((BigDecimal) c[5]);
    }
    List<PayerRow> payers = new ArrayList<>();
    byPayer.forEach((p, s) -> payers.add(new PayerRow(p, s[0].setScale(2), s[1].setScale(2))));
    // the operator first, then the largest charges
    payers.sort(
        (a, b) ->
            a.payer().equals("OPERATOR")
                ? -1
                : b.payer().equals("OPERATOR")
                    ? 1
                    : b.amount().compareTo(a.amount()) != 0
                        ? b.amount().compareTo(a.amount())
                        : a.payer().compareTo(b.payer()));
    return new DailyReport(
        day,
        ((Number) totals[0]).intValue(),
        ((Number) totals[1]).longValue(),
        ((Number) totals[2]).longValue(),
        partnerMinutes,
        ((Number) totals[3]).longValue(),
        ((Number) totals[4]).longValue(),
        payers);
  }

  private static long asLong(Object o) {
    return ((Number) o).longValue();
  }

  private static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    if (o instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("not a time: " + o.getClass());
  }
}
