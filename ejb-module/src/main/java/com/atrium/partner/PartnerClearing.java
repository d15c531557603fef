package com.atrium.partner;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What clearing reads of the partners (docs/clearing.md, "Partners"): their exchanges and deposits
 * over a booked period, summed set-based, one aggregate query each however many exchanges. The
 * partners of a mall's run are the mall's own and, when {@code withGroup}, the group's (mall_id
 * null): clearing decides which run a group-wide partner is cleared in.
 *
 * <p>An exchange counts when it is made ({@code requested_at}, the time its entry was booked with)
 * and is undone when rejected or reversed ({@code settled_at} of such a state, the time of its undo
 * entry); the undoing is priced at the exchange's own agreement and gives its fee back, as the
 * prepaid deposit gets value and fee back.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PartnerClearing {

  private static final String SCOPE = " and (p.mall_id = ?3 or (p.mall_id is null and ?4 = 1))";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /**
   * The period's exchange figures of the partners in scope, per partner, direction, whether drawn
   * from the deposit (as recorded when made, not the partner's mode now) and cost.
   */
  public List<ExchangeSum> exchangeSums(long mallId, boolean withGroup, Instant from, Instant to) {
    Query query =
        em.createNativeQuery(
            "select s.partner_id, s.code, s.drawn, s.direction, s.undone, s.cost,"
                + " sum(s.points), sum(s.fee), count(*), count(s.entry_id), min(s.entry_id),"
                + " max(s.entry_id), s.original_entry, s.original_txn, s.original_at from ("
                + "select p.id as partner_id, p.code, x.drawn_from_deposit as drawn, x.direction,"
                + " 0 as undone, a.cost_per_point as cost, x.points, x.fee, x.entry_id,"
                + " case when x.id < 0 then x.entry_id end as original_entry,"
                + " case when x.id < 0 then x.partner_txn_id end as original_txn,"
                + " case when x.id < 0 then x.requested_at end as original_at"
                + " from partner_exchange x join partner p on p.id = x.partner_id"
                + " join partner_agreement a on a.id = x.agreement_id"
                + " where x.requested_at >= ?1 and x.requested_at < ?2"
                + SCOPE
                + " union all "
                + "select p.id, p.code, x.drawn_from_deposit, x.direction, 1,"
                + " a.cost_per_point, x.points, x.fee, x.undo_entry_id,"
                + " case when x.requested_at < ?1 then x.entry_id end,"
                + " case when x.requested_at < ?1 then x.partner_txn_id end,"
                + " case when x.requested_at < ?1 then x.requested_at end"
                + " from partner_exchange x join partner p on p.id = x.partner_id"
                + " join partner_agreement a on a.id = x.agreement_id"
                + " where x.state in ('REJECTED', 'REVERSED')"
                + " and x.settled_at >= ?1 and x.settled_at < ?2"
                + SCOPE
                + ") s group by s.partner_id, s.code, s.drawn, s.direction, s.undone,"
                + " s.cost, s.original_entry, s.original_txn, s.original_at"
                + " order by s.code, s.direction, s.undone, s.drawn, s.original_at,"
                + " s.original_entry, s.cost");
    bind(query, mallId, withGroup, from, to);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r -> {
              String code = (String) r[1];
              String direction = (String) r[3];
              Long original = r[12] == null ? null : number(r[12]);
              return new ExchangeSum(
                  number(r[0]),
                  code,
                  flag(r[2]),
                  direction,
                  number(r[4]) == 1,
                  decimal(r[5]),
                  number(r[6]),
                  decimal(r[7]).setScale(2),
                  number(r[8]),
                  number(r[9]),
                  r[10] == null ? 0 : number(r[10]),
                  r[11] == null ? 0 : number(r[11]),
                  original,
                  original == null ? null : "Exchange " + direction + " " + code + " " + r[13],
                  original == null ? null : instant(r[14]));
            })
        .toList();
  }

  /**
   * The period's deposit of every prepaid partner in scope whose deposit moved in it or holds
   * anything: the opening and closing balances are the deposit now less what moved it since.
   */
  public List<DepositSum> deposits(long mallId, boolean withGroup, Instant from, Instant to) {
    Query query =
        em.createNativeQuery(
            "select p.id, p.code, p.deposit_balance,"
                + " coalesce(sum(m.amount), 0),"
                + " coalesce(sum(case when m.created_at >= ?2 then m.amount end), 0),"
                + " coalesce(sum(case when m.created_at < ?2 and m.reason = 'TOP_UP'"
                + " then m.amount end), 0),"
                + " coalesce(sum(case when m.created_at < ?2 and m.reason = 'EXCHANGE_IN'"
                + " then m.amount end), 0),"
                + " coalesce(sum(case when m.created_at < ?2 and m.reason = 'REVERSAL'"
                + " then m.amount end), 0)"
                + " from partner p left join partner_deposit_movement m on m.partner_id = p.id"
                + " and m.created_at >= ?1"
                + " where p.settlement_mode = 'PREPAID'"
                + SCOPE
                + " group by p.id, p.code, p.deposit_balance order by p.code");
    bind(query, mallId, withGroup, from, to);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r -> {
              BigDecimal now = decimal(r[2]);
              BigDecimal closing = now.subtract(decimal(r[4]));
              BigDecimal opening = now.subtract(decimal(r[3]));
              return new DepositSum(
                  number(r[0]),
                  (String) r[1],
                  opening.setScale(2),
                  decimal(r[5]).setScale(2),
                  decimal(r[6]).negate().setScale(2),
                  decimal(r[7]).setScale(2),
                  closing.setScale(2));
            })
        .toList();
  }

  /**
   * A page of the journal entries behind a partner line (after entry {@code after}, in entry id
   * order): the exchanges of the partners {@code partnerIds} in one {@code direction} made in the
   * period ({@code undone} false: their own entries) or undone in it (their undo entries), at one
   * {@code cost} per point (null: any, as a fee line counts them), an undoing of an exchange made
   * before the period ({@code late}) only when {@code original} names its entry, or any such
   * undoing when {@code late} and no original is named (an operator's adjustment line sums them);
   * only those drawn from a prepaid deposit when made ({@code fromDeposit} true) or only the
   * others.
   */
  public List<ExchangeEntry> entries(
      Collection<Long> partnerIds,
      String direction,
      boolean undone,
      boolean late,
      BigDecimal cost,
      Long original,
      boolean fromDeposit,
      Instant from,
      Instant to,
      long after,
      int offset,
      int limit) {
    if (partnerIds.isEmpty()) {
      return List.of();
    }
    Query query =
        exchangesBehind(
            "x.requested_at, x.settled_at, x.member_id, p.code, x.partner_txn_id, x.entry_id,"
                + " x.points",
            " and x.direction = ?1",
            partnerIds,
            undone,
            late,
            cost,
            original,
            fromDeposit,
            from,
            to,
            after);
    query.setParameter(1, direction);
    query.setFirstResult(offset);
    query.setMaxResults(limit);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new ExchangeEntry(
                    number(r[0]),
                    undone ? "REVERSAL" : direction.equals("IN") ? "GRANT" : "REDEEM",
                    instant(undone ? r[2] : r[1]),
                    number(r[3]),
                    "Exchange " + direction + " " + r[4] + " " + r[5],
                    undone ? number(r[6]) : null,
                    number(r[7])))
        .toList();
  }

  /**
   * A page of the exchanges behind a fee line, each with its fee (after entry {@code after}, in
   * entry id order): those {@link #entries} lists for the same arguments ({@code direction} null:
   * both), as the statement splits fee lines.
   */
  public List<ExchangeFee> fees(
      Collection<Long> partnerIds,
      String direction,
      boolean undone,
      boolean late,
      BigDecimal cost,
      Long original,
      boolean fromDeposit,
      Instant from,
      Instant to,
      long after,
      int limit) {
    if (partnerIds.isEmpty()) {
      return List.of();
    }
    Query query =
        exchangesBehind(
            "x.requested_at, x.settled_at, p.code, x.partner_txn_id, x.direction, x.points, x.fee,"
                + " x.entry_id",
            direction == null ? "" : " and x.direction = ?1",
            partnerIds,
            undone,
            late,
            cost,
            original,
            fromDeposit,
            from,
            to,
            after);
    if (direction != null) {
      query.setParameter(1, direction);
    }
    query.setMaxResults(limit);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new ExchangeFee(
                    number(r[0]),
                    instant(undone ? r[2] : r[1]),
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    undone ? number(r[8]) : null,
                    number(r[6]),
                    decimal(r[7]).setScale(2)))
        .toList();
  }

  /**
   * The exchanges a partner line counts, in entry id order after {@code after}: the first column is
   * the entry behind the line (the exchange's own, or its undoing's when {@code undone}), then
   * {@code columns}; {@code narrowing} adds conditions (parameter ?1 is the caller's to bind). The
   * period, lateness, original, cost and deposit rules are those {@link #entries} states.
   */
  private Query exchangesBehind(
      String columns,
      String narrowing,
      Collection<Long> partnerIds,
      boolean undone,
      boolean late,
      BigDecimal cost,
      Long original,
      boolean fromDeposit,
      Instant from,
      Instant to,
      long after) {
    String entry = undone ? "x.undo_entry_id" : "x.entry_id";
    StringBuilder sql =
        new StringBuilder(
            "select "
                + entry
                + ", "
                + columns
                + " from partner_exchange x"
                + " join partner p on p.id = x.partner_id"
                + " join partner_agreement a on a.id = x.agreement_id"
                + " where "
                + entry
                + " > ?2 and x.partner_id in ("
                + String.join(",", partnerIds.stream().map(String::valueOf).toList())
                + ") and x.drawn_from_deposit = ?7"
                + narrowing);
    if (undone) {
      sql.append(
          " and x.state in ('REJECTED', 'REVERSED') and x.settled_at >= ?3 and x.settled_at < ?4");
      sql.append(
          original != null
              ? " and x.entry_id = ?6"
              : late ? " and x.requested_at < ?3" : " and x.requested_at >= ?3");
    } else {
      sql.append(" and x.requested_at >= ?3 and x.requested_at < ?4");
    }
    if (cost != null) {
      sql.append(" and a.cost_per_point = ?5");
    }
    sql.append(" order by ").append(entry);
    Query query = em.createNativeQuery(sql.toString());
    query.setParameter(2, after);
    query.setParameter(3, Timestamp.from(from));
    query.setParameter(4, Timestamp.from(to));
    query.setParameter(7, fromDeposit);
    if (cost != null) {
      query.setParameter(5, cost);
    }
    if (undone && original != null) {
      query.setParameter(6, original);
    }
    return query;
  }

  /**
   * A page of a prepaid partner's deposit movements of one reason made in {@code [from, to)}, in id
   * order after movement {@code after}: the movements a deposit memo line sums ({@link #deposits}),
   * each with the exchange it paid or gave back (its partner transaction id).
   */
  public List<DepositEntry> movements(
      long partnerId, DepositReason reason, Instant from, Instant to, long after, int limit) {
    List<DepositEntry> page = new java.util.ArrayList<>();
    em.createQuery(
            "select m.id, m.createdAt, m.reason, m.amount, m.balanceAfter, m.reference,"
                + " x.partnerTxnId from DepositMovement m left join Exchange x"
                + " on x.id = m.exchangeId where m.partnerId = :partner and m.reason = :reason"
                + " and m.createdAt >= :from and m.createdAt < :to and m.id > :after"
                + " order by m.id",
            Object[].class)
        .setParameter("partner", partnerId)
        .setParameter("reason", reason)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("after", after)
        .setMaxResults(limit)
        .getResultStream()
        .forEach(
            r ->
                page.add(
                    new DepositEntry(
                        number(r[0]),
                        (Instant) r[1],
                        ((DepositReason) r[2]).name(),
                        decimal(r[3]).setScale(2),
                        decimal(r[4]).setScale(2),
                        (String) r[5],
                        (String) r[6])));
    return page;
  }

  /**
   * The exchange a journal entry belongs to (its own entry, or the entry that undid it), as
   * clearing counts it: partner, direction, whether the entry is the undoing, when it counts, the
   * agreement's cost, whether it was drawn from the partner's deposit when made (not by the mode
   * now), and when the exchange was made; empty when the entry is no exchange's.
   */
  public java.util.Optional<ExchangePlace> exchangeOf(long entryId) {
    List<Object[]> rows =
        em.createQuery(
                "select x.partnerId, p.code, x.direction, x.entryId, x.requestedAt, x.settledAt,"
                    + " x.state, a.costPerPoint, x.drawnFromDeposit from Exchange x, Partner p,"
                    + " PartnerAgreement a where p.id = x.partnerId and a.id = x.agreementId"
                    + " and (x.entryId = :entry or x.undoEntryId = :entry)",
                Object[].class)
            .setParameter("entry", entryId)
            .getResultList();
    if (rows.isEmpty()) {
      return java.util.Optional.empty();
    }
    Object[] r = rows.get(0);
    boolean undone = number(r[3]) != entryId;
    String direction = r[2].toString();
    return java.util.Optional.of(
        new ExchangePlace(
            number(r[0]),
            (String) r[1],
            direction,
            undone,
            undone ? (Instant) r[5] : (Instant) r[4],
            decimal(r[7]),
            (Boolean) r[8],
            number(r[3]),
            (Instant) r[4]));
  }

  /** The ids of partners by code (unknown codes are left out). */
  public Map<String, Long> idsOf(Collection<String> codes) {
    Map<String, Long> ids = new TreeMap<>();
    if (!codes.isEmpty()) {
      em.createQuery("select p.code, p.id from Partner p where p.code in :codes", Object[].class)
          .setParameter("codes", List.copyOf(codes))
          .getResultList()
          .forEach(r -> ids.put((String) r[0], number(r[1])));
    }
    return ids;
  }

  private static void bind(Query query, long mallId, boolean withGroup, Instant from, Instant to) {
    query.setParameter(1, Timestamp.from(from));
    query.setParameter(2, Timestamp.from(to));
    query.setParameter(3, mallId);
    query.setParameter(4, withGroup ? 1 : 0);
  }

  /** A boolean column as the database gives it: boolean (PostgreSQL) or number(1) (Oracle). */
  private static boolean flag(Object o) {
    return o instanceof Boolean b ? b : number(o) == 1;
  }

  private static long number(Object o) {
    return ((Number) o).longValue();
  }

  private static BigDecimal decimal(Object o) {
    return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
  }

  private static Instant instant(Object o) {
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    if (o instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("not a time: " + o);
  }
}
