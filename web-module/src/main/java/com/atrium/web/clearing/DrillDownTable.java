package com.atrium.web.clearing;

import com.atrium.clearing.DepositMovementLine;
import com.atrium.clearing.FeeExchange;
import com.atrium.clearing.LineDocument;
import com.atrium.clearing.PartyKind;
import com.atrium.clearing.StatementLine;
import com.atrium.clearing.TenantEntry;
import com.atrium.ledger.LedgerFigures.TracedEntry;
import com.atrium.parking.SettlementCharge;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * What the export of one kind of drill-down prints (docs/clearing.md, "Exports"): the columns of an
 * item (its id first, the keyset of the walk), and the part of the line's figures it is (points,
 * CNY, parking minutes, memo CNY), which the file's {@code TOTAL} row sums. The parts are on the
 * line's side, as the drill-downs list them, so the total of a whole drill-down is the line's
 * figures; a figure the drill-down does not split (a point line's amount: rounded once on the line)
 * stays empty.
 *
 * @param <T> an item as the service's drill-down answers it
 */
public final class DrillDownTable<T> {

  /** A column of an item: its bilingual label; a time column's label names the mall's zone. */
  record Column(String label, boolean time) {}

  /** The parts of a line's figures, each null where the drill-down does not say it. */
  record Figures(Long points, BigDecimal amount, BigDecimal minutes, BigDecimal memo) {

    Figures plus(Figures o) {
      return new Figures(
          points == null ? null : points + o.points,
          amount == null ? null : amount.add(o.amount),
          minutes == null ? null : minutes.add(o.minutes),
          memo == null ? null : memo.add(o.memo));
    }
  }

  private static final BigDecimal ZERO = new BigDecimal("0.00");

  /** The columns of a journal entry, the member as finance or a tenant's manager may see it. */
  private static List<Column> entryColumns(Column member) {
    return List.of(
        new Column("分录号 Entry", false),
        new Column("分录类型 Entry kind", false),
        new Column("记账时间 Booked", true),
        new Column("发生时间 Occurred", true),
        member,
        new Column("摘要 Reference", false),
        new Column("冲正分录 Reverses entry", false));
  }

  /** Finance's journal entries, the member by id ({@code …/entries}). */
  public static final DrillDownTable<TracedEntry> ENTRIES =
      new DrillDownTable<>(
          "积分分录 Journal entries",
          true,
          entryColumns(new Column("会员号 Member id", false)),
          TracedEntry::entryId,
          e ->
              Arrays.asList(
                  e.entryId(),
                  e.kind().name(),
                  e.bookedAt(),
                  e.occurredAt(),
                  e.memberId(),
                  e.description(),
                  e.reversesEntryId()),
          d -> new Figures(0L, null, null, null),
          (d, e) -> new Figures(e.points(), null, null, null));

  /** A tenant manager's journal entries, the member only by its masked card number. */
  public static final DrillDownTable<TenantEntry> TENANT_ENTRIES =
      new DrillDownTable<>(
          ENTRIES.title,
          true,
          entryColumns(new Column("会员卡号 Member card", false)),
          TenantEntry::entryId,
          e ->
              Arrays.asList(
                  e.entryId(),
                  e.kind().name(),
                  e.bookedAt(),
                  e.occurredAt(),
                  e.memberCard(),
                  e.reference(),
                  e.reversesEntryId()),
          ENTRIES.zero,
          (d, e) -> new Figures(e.points(), null, null, null));

  /** An exchange fee line's exchanges, each fee and its part of the line's amount. */
  public static final DrillDownTable<FeeExchange> EXCHANGES =
      new DrillDownTable<>(
          "积分兑换及手续费 Exchanges and their fees",
          true,
          List.of(
              new Column("分录号 Entry", false),
              new Column("记账时间 Booked", true),
              new Column("合作伙伴 Partner", false),
              new Column("合作伙伴流水号 Partner txn id", false),
              new Column("方向 Direction", false),
              new Column("冲正分录 Reverses entry", false),
              new Column("手续费 Fee (CNY)", false)),
          FeeExchange::entryId,
          x ->
              Arrays.asList(
                  x.entryId(),
                  x.bookedAt(),
                  x.partner(),
                  x.partnerTxnId(),
                  x.direction(),
                  x.reversesEntryId(),
                  x.fee()),
          d -> new Figures(0L, ZERO, null, null),
          (d, x) -> new Figures(x.points(), x.amount(), null, null));

  /** A deposit memo line's movements, each one's part of the line's memo. */
  public static final DrillDownTable<DepositMovementLine> MOVEMENTS =
      new DrillDownTable<>(
          "保证金变动 Deposit movements",
          false,
          List.of(
              new Column("变动号 Movement", false),
              new Column("时间 At", true),
              new Column("原因 Reason", false),
              new Column("变动金额 Movement (CNY)", false),
              new Column("变动后余额 Balance after (CNY)", false),
              new Column("摘要 Reference", false),
              new Column("合作伙伴流水号 Partner txn id", false)),
          DepositMovementLine::movementId,
          m ->
              Arrays.asList(
                  m.movementId(),
                  m.at(),
                  m.reason(),
                  m.amount(),
                  m.balanceAfter(),
                  m.reference(),
                  m.partnerTxnId()),
          d -> new Figures(null, null, null, ZERO),
          (d, m) -> new Figures(null, null, null, m.memo()));

  /**
   * A parking line's charges with the sales that unlocked spend minutes. A payer's line is what it
   * pays (the charges negated), the operator's the sum it is paid, its memo the cost it bears.
   */
  public static final DrillDownTable<SettlementCharge> CHARGES =
      new DrillDownTable<>(
          "停车免费时长收费 Parking charges",
          true,
          List.of(
              new Column("收费号 Charge", false),
              new Column("停车结算 Settlement", false),
              new Column("停车会话 Session", false),
              new Column("营业日 Business day", false),
              new Column("结算时间 Settled", true),
              new Column("付费方类型 Payer kind", false),
              new Column("付费方 Payer", false),
              new Column("原因 Reason", false),
              new Column("释放时间 Released", true),
              new Column("收费金额 Charge (CNY)", false),
              new Column("消费小票 Sales (receipt amount)", false)),
          SettlementCharge::chargeId,
          c ->
              Arrays.asList(
                  c.chargeId(),
                  c.settlementId(),
                  c.sessionId(),
                  c.businessDay(),
                  c.settledAt(),
                  c.payerKind(),
                  c.partnerCode() != null ? c.partnerCode() : c.tenantId(),
                  c.reason(),
                  c.releasedAt(),
                  c.amount(),
                  c.sales().stream().map(DrillDownTable::sale).collect(Collectors.joining("; "))),
          d ->
              d.line().line().memo() != null
                  ? new Figures(null, null, ZERO, ZERO)
                  : new Figures(null, ZERO, ZERO, null),
          (d, c) -> {
            StatementLine line = d.line().line();
            // a late line gives a released settlement back: each part the other way round
            boolean late = line.kind().late();
            BigDecimal minutes = late ? c.minutes().negate() : c.minutes();
            BigDecimal cost = late ? c.amount().negate() : c.amount();
            if (line.memo() != null) {
              return new Figures(null, null, minutes, cost);
            }
            boolean operator = d.statement().partyKind() == PartyKind.OPERATOR;
            return new Figures(null, operator ? cost : cost.negate(), minutes, null);
          });

  /** A sale by its receipt number (by its id when it has none) and its amount. */
  private static String sale(SettlementCharge.SpendSale s) {
    return (s.receiptNumber() != null ? s.receiptNumber() : "#" + s.saleId())
        + " "
        + s.amount().toPlainString();
  }

  final String title;

  /** Whether the line's count ({@code entries}) is at most the number of items listed. */
  final boolean countsItems;

  final List<Column> columns;
  final ToLongFunction<T> key;
  final Function<T, List<Object>> cells;
  final Function<LineDocument, Figures> zero;
  final BiFunction<LineDocument, T, Figures> part;

  private DrillDownTable(
      String title,
      boolean countsItems,
      List<Column> columns,
      ToLongFunction<T> key,
      Function<T, List<Object>> cells,
      Function<LineDocument, Figures> zero,
      BiFunction<LineDocument, T, Figures> part) {
    this.title = title;
    this.countsItems = countsItems;
    this.columns = columns;
    this.key = key;
    this.cells = cells;
    this.zero = zero;
    this.part = part;
  }
}
