package com.atrium.clearing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * From point figures per party and rate period to rounded statement lines and nets
 * (docs/clearing.md, "The money model" and "Rounding"). Pure: no container, no clock.
 *
 * <p>Invariants: each line is rounded once, HALF_UP to the fen, from its points × rate (× a
 * percentage) computed exactly; a net is the sum of its rounded lines; the operator's lines are the
 * negated sums of the tenants' lines of each kind, so the nets of a run add up to exactly 0.00.
 */
public final class StatementArithmetic {

  /** Amounts are CNY in fen. */
  public static final int SCALE = 2;

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

  private StatementArithmetic() {}

  /**
   * The amount of {@code points} at {@code rate} CNY per point, rounded once: HALF_UP, which rounds
   * a half fen away from zero on either sign, so a full reversal mirrors its charge exactly.
   */
  public static BigDecimal amount(long points, BigDecimal rate) {
    return BigDecimal.valueOf(points).multiply(rate).setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** {@code percent} % of {@code points} at {@code rate}, rounded once like {@link #amount}. */
  public static BigDecimal amount(long points, BigDecimal rate, BigDecimal percent) {
    return BigDecimal.valueOf(points)
        .multiply(rate)
        .multiply(percent)
        .movePointLeft(2)
        .setScale(SCALE, RoundingMode.HALF_UP);
  }

  /**
   * A tenant's statement: per rate period, its issuance charges (or, prepaid, its block's drawing
   * and overdraft), the charges of campaigns it funds (prepaid: drawn from the block too),
   * reimbursements, clearing fee and breakage share, each line only when it has points (and, for
   * fee and breakage share, a percentage above 0).
   */
  public static Statement tenantStatement(TenantFigures tenant, BigDecimal breakageSharePercent) {
    ClearingRates.requirePercent(
        breakageSharePercent, "BREAKAGE_SHARE_INVALID", "breakageSharePercent");
    long[] overdraft = new long[tenant.periods().size()];
    Optional<BlockMovement> block = Optional.empty();
    if (tenant.mode() == SettlementMode.PREPAID) {
      block = Optional.of(drawBlock(tenant.block(), tenant.periods(), overdraft));
    }
    List<StatementLine> lines = new ArrayList<>();
    for (int i = 0; i < tenant.periods().size(); i++) {
      RatedPoints period = tenant.periods().get(i);
      RatePeriod r = period.rates();
      PointFigures p = period.points();
      FigureTraces t = period.traces();
      BigDecimal cost = r.costPerPoint();
      BigDecimal reimbursement = r.reimbursementPerPoint();
      List<LateReversal> lateFunding = late(period, LateReversal.Of.FUNDING);
      List<LateReversal> lateRedemption = late(period, LateReversal.Of.REDEMPTION);
      long reversedOnTime = p.fundedReversed() - period.late(LateReversal.Of.FUNDING);
      long cancelledOnTime = p.redemptionsCancelled() - period.late(LateReversal.Of.REDEMPTION);
      if (tenant.mode() == SettlementMode.POSTPAID) {
        add(
            lines,
            r,
            LineKind.ISSUANCE_CHARGE,
            p.funded(),
            cost,
            amount(p.funded(), cost).negate(),
            t.funded());
        add(
            lines,
            r,
            LineKind.ISSUANCE_REVERSED,
            reversedOnTime,
            cost,
            amount(reversedOnTime, cost),
            t.fundedReversed());
        for (LateReversal l : lateFunding) {
          adjust(lines, r, LineKind.LATE_ISSUANCE_REVERSED, l, cost, amount(l.points(), cost));
        }
      } else {
        add(lines, r, LineKind.FUNDED_FROM_BLOCK, p.funded(), cost, ZERO, t.funded());
        add(lines, r, LineKind.RETURNED_TO_BLOCK, reversedOnTime, cost, ZERO, t.fundedReversed());
        for (LateReversal l : lateFunding) {
          adjust(lines, r, LineKind.LATE_RETURNED_TO_BLOCK, l, cost, ZERO);
        }
        add(
            lines,
            r,
            LineKind.BLOCK_OVERDRAFT,
            overdraft[i],
            cost,
            amount(overdraft[i], cost).negate(),
            traced(
                t.funded()
                    .plus(t.fundedReversed())
                    .plus(t.campaignFunded())
                    .plus(t.campaignReversed()),
                late(period, null)));
      }
      campaignLines(lines, tenant.mode(), period);
      add(
          lines,
          r,
          LineKind.REIMBURSEMENT,
          p.redeemed(),
          reimbursement,
          amount(p.redeemed(), reimbursement),
          t.redeemed());
      add(
          lines,
          r,
          LineKind.REIMBURSEMENT_REVERSED,
          cancelledOnTime,
          reimbursement,
          amount(cancelledOnTime, reimbursement).negate(),
          t.redemptionsCancelled());
      for (LateReversal l : lateRedemption) {
        adjust(
            lines,
            r,
            LineKind.LATE_REIMBURSEMENT_REVERSED,
            l,
            reimbursement,
            amount(l.points(), reimbursement).negate());
      }
      if (r.clearingFeePercent().signum() > 0) {
        add(
            lines,
            r,
            LineKind.CLEARING_FEE,
            p.netRedeemed(),
            reimbursement,
            amount(p.netRedeemed(), reimbursement, r.clearingFeePercent()).negate(),
            traced(t.redeemed().plus(t.redemptionsCancelled()), lateRedemption));
      }
      if (breakageSharePercent.signum() > 0) {
        add(
            lines,
            r,
            LineKind.BREAKAGE_SHARE,
            p.expired(),
            cost,
            amount(p.expired(), cost, breakageSharePercent),
            t.expired());
      }
    }
    return new Statement(tenant.party(), lines, sum(lines), block);
  }

  /**
   * The lines of the campaigns a tenant funds in one rate period, priced like its own funded
   * points: postpaid, charged at its cost per point and reversed pro rata by refunds; prepaid,
   * drawn from and given back to its block at 0.00 (the block's overdraft counts them with its own
   * points).
   */
  private static void campaignLines(
      List<StatementLine> lines, SettlementMode mode, RatedPoints period) {
    RatePeriod r = period.rates();
    PointFigures p = period.points();
    FigureTraces t = period.traces();
    BigDecimal cost = r.costPerPoint();
    long reversedOnTime = p.campaignReversed() - period.late(LateReversal.Of.CAMPAIGN);
    List<LateReversal> late = late(period, LateReversal.Of.CAMPAIGN);
    if (mode == SettlementMode.POSTPAID) {
      add(
          lines,
          r,
          LineKind.CAMPAIGN_CHARGE,
          p.campaignFunded(),
          cost,
          amount(p.campaignFunded(), cost).negate(),
          t.campaignFunded());
      add(
          lines,
          r,
          LineKind.CAMPAIGN_REVERSED,
          reversedOnTime,
          cost,
          amount(reversedOnTime, cost),
          t.campaignReversed());
      for (LateReversal l : late) {
        adjust(lines, r, LineKind.LATE_CAMPAIGN_REVERSED, l, cost, amount(l.points(), cost));
      }
    } else {
      add(
          lines,
          r,
          LineKind.CAMPAIGN_FROM_BLOCK,
          p.campaignFunded(),
          cost,
          ZERO,
          t.campaignFunded());
      add(
          lines,
          r,
          LineKind.CAMPAIGN_RETURNED_TO_BLOCK,
          reversedOnTime,
          cost,
          ZERO,
          t.campaignReversed());
      for (LateReversal l : late) {
        adjust(lines, r, LineKind.LATE_CAMPAIGN_RETURNED_TO_BLOCK, l, cost, ZERO);
      }
    }
  }

  /**
   * The operator's statement: one line per kind that any tenant's statement has, with the points of
   * those lines and the negated sum of their amounts, over the whole period; it rounds nothing, so
   * it absorbs every fen the tenants' lines were rounded by and the run nets to zero.
   */
  public static Statement operatorStatement(
      String party, Instant from, Instant to, List<Statement> tenants) {
    return operatorStatement(party, from, to, tenants, ParkingFigures.NONE);
  }

  /**
   * The operator's statement of a run whose other parties' statements (tenants' and partners') are
   * {@code others}: one line per kind of their lines, memo lines left out (a partner's deposit is
   * not a flow of the run), with the free minutes the operator pays for itself ({@code parking}) as
   * a memo line of its own: amount 0.00, the cost in its memo, so the run still nets to zero.
   */
  public static Statement operatorStatement(
      String party, Instant from, Instant to, List<Statement> others, ParkingFigures parking) {
    Map<LineKind, long[]> points = new EnumMap<>(LineKind.class);
    Map<LineKind, BigDecimal> amounts = new EnumMap<>(LineKind.class);
    Map<LineKind, LineTrace> traces = new EnumMap<>(LineKind.class);
    Map<LineKind, BigDecimal> minutes = new EnumMap<>(LineKind.class);
    for (Statement s : others) {
      for (StatementLine l : s.lines()) {
        if (l.kind().memo()) {
          continue;
        }
        points.computeIfAbsent(l.kind(), k -> new long[1])[0] += l.points();
        amounts.merge(l.kind(), l.amount(), BigDecimal::add);
        traces.merge(l.kind(), l.trace(), LineTrace::plus);
        if (l.minutes() != null) {
          minutes.merge(l.kind(), l.minutes(), BigDecimal::add);
        }
      }
    }
    List<StatementLine> lines = new ArrayList<>();
    for (var e : amounts.entrySet()) {
      lines.add(
          new StatementLine(
              e.getKey(),
              from,
              to,
              points.get(e.getKey())[0],
              null,
              e.getValue().negate(),
              traces.get(e.getKey()),
              null,
              minutes.get(e.getKey()),
              null));
    }
    lines.addAll(parkingLines(from, to, parking, true));
    return new Statement(party, lines, sum(lines), Optional.empty());
  }

  /**
   * A party's statement with its parking charges: one {@link LineKind#PARKING_CHARGE} line, the
   * negated sum of its charges (each rounded to the fen when the car park settled, so not rounded
   * again), when it has any, and one {@link LineKind#LATE_PARKING_CHARGE_RELEASED} line per
   * settlement of an earlier period released in this one, giving its charges back.
   */
  public static Statement withParking(
      Statement statement, Instant from, Instant to, ParkingFigures parking) {
    if (!parking.any()) {
      return statement;
    }
    List<StatementLine> lines = new ArrayList<>(statement.lines());
    lines.addAll(parkingLines(from, to, parking, false));
    return new Statement(statement.party(), lines, sum(lines), statement.block());
  }

  /**
   * A payer's parking lines: what it pays in the period, then each late release given back, naming
   * its settlement (minutes negative). The operator's own minutes ({@code memo}) are memo lines:
   * amount 0.00, the cost in the memo, given back negative.
   */
  private static List<StatementLine> parkingLines(
      Instant from, Instant to, ParkingFigures parking, boolean memo) {
    List<StatementLine> lines = new ArrayList<>();
    if (parking.charged()) {
      lines.add(
          parkingLine(
              memo ? LineKind.PARKING_OPERATOR_COST : LineKind.PARKING_CHARGE,
              from,
              to,
              parking.minutes(),
              parking.cost().negate(),
              parking.settlements(),
              null,
              memo));
    }
    for (LateParkingRelease r : parking.released()) {
      lines.add(
          parkingLine(
              memo
                  ? LineKind.LATE_PARKING_OPERATOR_COST_RELEASED
                  : LineKind.LATE_PARKING_CHARGE_RELEASED,
              from,
              to,
              r.minutes().negate(),
              r.cost(),
              r.settlement(),
              r.original(),
              memo));
    }
    return lines;
  }

  /**
   * A parking line of {@code minutes} worth {@code cny} to the party (negative: it pays); a memo
   * line records the operator's cost instead, the other way round, and settles nothing.
   */
  private static StatementLine parkingLine(
      LineKind kind,
      Instant from,
      Instant to,
      BigDecimal minutes,
      BigDecimal cny,
      LineTrace trace,
      Adjustment adjusts,
      boolean memo) {
    BigDecimal fen = cny.setScale(SCALE);
    return new StatementLine(
        kind,
        from,
        to,
        0,
        null,
        memo ? ZERO : fen,
        trace,
        adjusts,
        minutes,
        memo ? fen.negate() : null);
  }

  /**
   * A partner's statement over {@code [from, to)} (docs/clearing.md, "Partners"): its exchanges in
   * charged at their agreement's cost per point (those drawn from its deposit when made: 0.00,
   * whatever its mode now), its exchanges out reimbursed at that cost, undoings (rejections,
   * reversals) giving each back, on time or as an adjustment naming the original, the agreement's
   * fees (exchanges in drawn from the deposit: drawn with them, 0.00), its parking charges, and a
   * prepaid partner's deposit as memo lines. Each priced line is points × cost rounded once,
   * HALF_UP; fee lines sum fees already in fen.
   */
  public static Statement partnerStatement(PartnerFigures partner, Instant from, Instant to) {
    List<StatementLine> lines = new ArrayList<>();
    List<ExchangeFigures> ordered =
        partner.exchanges().stream()
            .sorted(
                Comparator.comparing((ExchangeFigures x) -> x.original() == null ? 0 : 1)
                    .thenComparing(
                        x -> x.original() == null ? from : x.original().originalBookedAt())
                    .thenComparingLong(x -> x.original() == null ? 0 : x.original().id())
                    .thenComparing(ExchangeFigures::direction)
                    .thenComparing(ExchangeFigures::undone)
                    .thenComparing(ExchangeFigures::fromDeposit)
                    .thenComparing(ExchangeFigures::costPerPoint))
            .toList();
    for (ExchangeFigures x : ordered) {
      boolean in = x.direction() == ExchangeFigures.Direction.IN;
      boolean late = x.original() != null;
      BigDecimal value = amount(x.points(), x.costPerPoint());
      LineKind kind;
      BigDecimal amount;
      LineKind feeKind;
      BigDecimal fee;
      if (x.fromDeposit()) {
        kind =
            !x.undone()
                ? LineKind.EXCHANGE_IN_FROM_DEPOSIT
                : late
                    ? LineKind.LATE_EXCHANGE_IN_RETURNED_TO_DEPOSIT
                    : LineKind.EXCHANGE_IN_RETURNED_TO_DEPOSIT;
        amount = ZERO;
        feeKind =
            !x.undone()
                ? LineKind.EXCHANGE_FEE_FROM_DEPOSIT
                : late
                    ? LineKind.LATE_EXCHANGE_FEE_RETURNED_TO_DEPOSIT
                    : LineKind.EXCHANGE_FEE_RETURNED_TO_DEPOSIT;
        fee = ZERO;
      } else {
        if (in) {
          kind =
              !x.undone()
                  ? LineKind.EXCHANGE_IN_CHARGE
                  : late ? LineKind.LATE_EXCHANGE_IN_REVERSED : LineKind.EXCHANGE_IN_REVERSED;
          amount = x.undone() ? value : value.negate();
        } else {
          kind =
              !x.undone()
                  ? LineKind.EXCHANGE_OUT_REIMBURSEMENT
                  : late ? LineKind.LATE_EXCHANGE_OUT_REVERSED : LineKind.EXCHANGE_OUT_REVERSED;
          amount = x.undone() ? value.negate() : value;
        }
        feeKind =
            !x.undone()
                ? LineKind.EXCHANGE_FEE
                : late ? LineKind.LATE_EXCHANGE_FEE_RETURNED : LineKind.EXCHANGE_FEE_RETURNED;
        BigDecimal fees = x.fees().setScale(SCALE);
        fee = x.undone() ? fees : fees.negate();
      }
      lines.add(
          new StatementLine(
              kind, from, to, x.points(), x.costPerPoint(), amount, x.trace(), x.original()));
      if (x.fees().signum() > 0) {
        lines.add(
            new StatementLine(feeKind, from, to, x.points(), null, fee, x.trace(), x.original()));
      }
    }
    // the statement lists its lines in the kinds' order, figures of one kind as ordered above
    List<StatementLine> sorted =
        new ArrayList<>(lines.stream().sorted(Comparator.comparing(StatementLine::kind)).toList());
    sorted.addAll(parkingLines(from, to, partner.parking(), false));
    if (partner.deposit() != null) {
      DepositFigures d = partner.deposit();
      memo(sorted, LineKind.DEPOSIT_OPENING, from, to, d.opening());
      memo(sorted, LineKind.DEPOSIT_TOPPED_UP, from, to, d.toppedUp());
      memo(sorted, LineKind.DEPOSIT_DRAWN, from, to, d.drawn());
      memo(sorted, LineKind.DEPOSIT_RETURNED, from, to, d.returned());
      memo(sorted, LineKind.DEPOSIT_CLOSING, from, to, d.closing());
    }
    return new Statement(partner.party(), sorted, sum(sorted), Optional.empty());
  }

  private static void memo(
      List<StatementLine> lines, LineKind kind, Instant from, Instant to, BigDecimal cny) {
    lines.add(
        new StatementLine(
            kind, from, to, 0, null, ZERO, LineTrace.NONE, null, null, cny.setScale(SCALE)));
  }

  /**
   * Draws a prepaid block by each rate period's net funded points; a negative net gives points
   * back. The points beyond the block are the last ones funded: the overdraft is assigned from the
   * last rate period backwards, so each overdraft point is priced at the rate in force when it was
   * booked. Fills {@code overdraft} per period.
   */
  static BlockMovement drawBlock(PrepaidBlock block, List<RatedPoints> periods, long[] overdraft) {
    long available = block.opening() + block.purchased();
    long drawn = periods.stream().mapToLong(p -> p.points().netFunded()).sum();
    long beyond = Math.max(0, drawn - available);
    long left = beyond;
    for (int i = periods.size() - 1; i >= 0 && left > 0; i--) {
      long take = Math.min(left, Math.max(0, periods.get(i).points().netFunded()));
      overdraft[i] = take;
      left -= take;
    }
    return new BlockMovement(
        block.opening(), block.purchased(), drawn, Math.max(0, available - drawn), beyond);
  }

  private static void add(
      List<StatementLine> lines,
      RatePeriod r,
      LineKind kind,
      long points,
      BigDecimal rate,
      BigDecimal amount,
      LineTrace trace) {
    if (points != 0) {
      lines.add(new StatementLine(kind, r.from(), r.to(), points, rate, amount, trace, null));
    }
  }

  /** An adjustment line: one late reversal, naming its original. */
  private static void adjust(
      List<StatementLine> lines,
      RatePeriod r,
      LineKind kind,
      LateReversal late,
      BigDecimal rate,
      BigDecimal amount) {
    lines.add(
        new StatementLine(
            kind, r.from(), r.to(), late.points(), rate, amount, late.trace(), late.original()));
  }

  /**
   * A period's late reversals of one figure (null: of funding, the tenant's own and its
   * campaigns'), by when their original was booked, then by id.
   */
  private static List<LateReversal> late(RatedPoints period, LateReversal.Of of) {
    return period.late().stream()
        .filter(
            l ->
                of == null
                    ? l.of() == LateReversal.Of.FUNDING || l.of() == LateReversal.Of.CAMPAIGN
                    : l.of() == of)
        .sorted(
            Comparator.comparing((LateReversal l) -> l.original().originalBookedAt())
                .thenComparingLong(l -> l.original().id()))
        .toList();
  }

  /** A trace together with the traces of late reversals. */
  private static LineTrace traced(LineTrace trace, List<LateReversal> late) {
    return late.stream().map(LateReversal::trace).reduce(trace, LineTrace::plus);
  }

  private static BigDecimal sum(List<StatementLine> lines) {
    return lines.stream().map(StatementLine::amount).reduce(ZERO, BigDecimal::add);
  }
}
