package com.atrium.web.clearing;

import com.atrium.clearing.LineKind;
import com.atrium.clearing.PartyKind;
import com.atrium.clearing.PeriodKind;
import com.atrium.clearing.RunStatus;
import com.atrium.clearing.RunView;
import com.atrium.clearing.StatementDocument;
import com.atrium.clearing.StatementLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words and figures every export prints, Chinese and English side by side ("中文 English"): an
 * export is read by the tenant's finance staff and the operator's alike, and one file serves both.
 * Times are the mall's (the run's zone), as the statement's period is.
 */
final class StatementLabels {

  static final String TITLE = "积分清算对账单 Points Clearing Statement";
  static final String RUN_TITLE = "积分清算批次 Points Clearing Run";
  static final String MALL = "商场 Mall";
  static final String PARTY = "对象 Party";
  static final String PERIOD = "期间 Period";
  static final String STATUS = "状态 Status";
  static final String RUN = "清算批次 Run";
  static final String DIGEST = "摘要 Digest";
  static final String GENERATED = "生成时间 Generated";
  static final String BLOCK = "预付积分块 Prepaid block";
  static final String NO = "序号 No.";
  static final String KIND_CODE = "类型代码 Kind code";
  static final String KIND = "类型 Kind";
  static final String RATE_PERIOD = "费率期间 Rate period";
  static final String RATE_FROM = "费率期间起 Rate from";
  static final String RATE_TO = "费率期间止 Rate to";
  static final String POINTS = "积分 Points";
  static final String RATE = "费率 Rate (CNY/point)";
  static final String AMOUNT = "金额 Amount (CNY)";

  /** A parking line's free minutes (empty on every other line). */
  static final String MINUTES = "停车分钟 Parking minutes";

  /** A memo line's figure in CNY (its amount is 0.00; empty on every other line). */
  static final String MEMO = "备注金额 Memo (CNY)";

  static final String NET = "净额 Net";
  static final String NET_CODE = "NET";
  static final String LINES = "明细行数 Lines";
  static final String PARTY_KIND = "对象类型 Party kind";
  static final String NAME = "名称 Name";
  static final String TOTAL = "合计 Total";
  static final String SUMMARY_SHEET = "汇总 Summary";
  static final String SIGNS =
      "金额为正：运营方应付对象；为负：对象应付运营方。"
          + " A positive amount is owed to the party by the operator; a negative one is owed by"
          + " the party to the operator.";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private StatementLabels() {}

  static String kind(LineKind kind) {
    return switch (kind) {
      case ISSUANCE_CHARGE -> "积分发放费用 Issuance charge";
      case ISSUANCE_REVERSED -> "发放费用冲回 Issuance reversed";
      case LATE_ISSUANCE_REVERSED -> "以往期间发放费用冲回 Issuance reversed, earlier period";
      case FUNDED_FROM_BLOCK -> "预付积分块抵扣 Funded from block";
      case RETURNED_TO_BLOCK -> "退回预付积分块 Returned to block";
      case LATE_RETURNED_TO_BLOCK -> "以往期间退回预付积分块 Returned to block, earlier period";
      case BLOCK_OVERDRAFT -> "预付积分块透支 Block overdraft";
      case CAMPAIGN_CHARGE -> "商户活动积分费用 Campaign charge";
      case CAMPAIGN_REVERSED -> "活动费用冲回 Campaign reversed";
      case LATE_CAMPAIGN_REVERSED -> "以往期间活动费用冲回 Campaign reversed, earlier period";
      case CAMPAIGN_FROM_BLOCK -> "活动积分预付积分块抵扣 Campaign from block";
      case CAMPAIGN_RETURNED_TO_BLOCK -> "活动积分退回预付积分块 Campaign returned to block";
      case LATE_CAMPAIGN_RETURNED_TO_BLOCK ->
          "以往期间活动积分退回预付积分块 Campaign returned to block, earlier period";
      case REIMBURSEMENT -> "积分兑付补偿 Reimbursement";
      case REIMBURSEMENT_REVERSED -> "兑付补偿冲回 Reimbursement reversed";
      case LATE_REIMBURSEMENT_REVERSED -> "以往期间兑付补偿冲回 Reimbursement reversed, earlier period";
      case CLEARING_FEE -> "清算服务费 Clearing fee";
      case BREAKAGE_SHARE -> "过期积分分成 Breakage share";
      case DISPUTE_CORRECTION -> "争议更正 Dispute correction";
      case EXCHANGE_IN_CHARGE -> "积分兑入费用 Points exchanged in";
      case EXCHANGE_IN_REVERSED -> "兑入冲回 Exchange in reversed";
      case LATE_EXCHANGE_IN_REVERSED -> "以往期间兑入冲回 Exchange in reversed, earlier period";
      case EXCHANGE_IN_FROM_DEPOSIT -> "预付保证金抵扣兑入 Exchanged in from deposit";
      case EXCHANGE_IN_RETURNED_TO_DEPOSIT -> "兑入退回保证金 Exchange in returned to deposit";
      case LATE_EXCHANGE_IN_RETURNED_TO_DEPOSIT ->
          "以往期间兑入退回保证金 Exchange in returned to deposit, earlier period";
      case EXCHANGE_OUT_REIMBURSEMENT -> "积分兑出结算 Points exchanged out";
      case EXCHANGE_OUT_REVERSED -> "兑出冲回 Exchange out rejected or reversed";
      case LATE_EXCHANGE_OUT_REVERSED -> "以往期间兑出冲回 Exchange out reversed, earlier period";
      case EXCHANGE_FEE -> "兑换手续费 Exchange fee";
      case EXCHANGE_FEE_RETURNED -> "手续费退回 Exchange fee returned";
      case LATE_EXCHANGE_FEE_RETURNED -> "以往期间手续费退回 Exchange fee returned, earlier period";
      case EXCHANGE_FEE_FROM_DEPOSIT -> "保证金抵扣手续费 Exchange fee from deposit";
      case EXCHANGE_FEE_RETURNED_TO_DEPOSIT -> "手续费退回保证金 Exchange fee returned to deposit";
      case LATE_EXCHANGE_FEE_RETURNED_TO_DEPOSIT ->
          "以往期间手续费退回保证金 Exchange fee returned to deposit, earlier period";
      case PARKING_CHARGE -> "停车免费时长费用 Parking charge";
      case LATE_PARKING_CHARGE_RELEASED ->
          "以往期间停车结算撤销退回 Parking charge given back, released after its period";
      case PARKING_OPERATOR_COST -> "运营方承担停车费用（备注） Operator's parking cost (memo)";
      case LATE_PARKING_OPERATOR_COST_RELEASED ->
          "以往期间运营方停车费用撤销（备注） Operator's parking cost given back, earlier period (memo)";
      case DEPOSIT_OPENING -> "保证金期初（备注） Deposit opening (memo)";
      case DEPOSIT_TOPPED_UP -> "保证金充值（备注） Deposit topped up (memo)";
      case DEPOSIT_DRAWN -> "保证金扣减（备注） Deposit drawn (memo)";
      case DEPOSIT_RETURNED -> "保证金退回（备注） Deposit returned (memo)";
      case DEPOSIT_CLOSING -> "保证金期末（备注） Deposit closing (memo)";
    };
  }

  /**
   * A line's label: its kind, and for an adjustment what it corrects (the original's reference and
   * the day it was booked, in the mall's zone), so the file names it as the API does.
   */
  static String line(StatementLine line, ZoneId zone) {
    if (line.adjusts() == null) {
      return kind(line.kind());
    }
    return kind(line.kind())
        + " | "
        + line.adjusts().reference()
        + " "
        + DAY.format(line.adjusts().originalBookedAt().atZone(zone));
  }

  static String status(RunStatus status) {
    return switch (status) {
      case DRAFT -> "草稿 Draft";
      case IN_REVIEW -> "审核中 In review";
      case APPROVED -> "已批准 Approved";
      case CLOSED -> "已关闭 Closed";
    };
  }

  /** What the status means for the figures, for the reader of a draft or a statement in review. */
  static String statusNote(RunStatus status) {
    return switch (status) {
      case DRAFT -> "草稿：数字可能变化，不作结算依据。 Draft: the figures may still change.";
      case IN_REVIEW -> "审核中：尚未批准。 In review: not yet approved.";
      case APPROVED -> "已批准，待关闭。 Approved, not yet closed.";
      case CLOSED -> "已关闭：本期数字不再变化。 Closed: the period's figures are final.";
    };
  }

  static String partyKind(PartyKind kind) {
    return switch (kind) {
      case TENANT -> "商户 Tenant";
      case OPERATOR -> "运营方 Operator";
      case PARTNER -> "合作伙伴 Partner";
    };
  }

  /** "2026-11-01 ~ 2026-11-30 (月 Month)": the mall's days, both included. */
  static String period(RunView run) {
    String kind = run.periodKind() == PeriodKind.MONTH ? "月 Month" : "日 Day";
    return DAY.format(run.periodStart())
        + " ~ "
        + DAY.format(run.periodEnd().minusDays(1))
        + " ("
        + kind
        + ")";
  }

  /** The period as a file name has it: 2026-11 for a month, 2026-11-05 for a day. */
  static String periodForFileName(RunView run) {
    return periodForFileName(run.periodKind(), run.periodStart());
  }

  static String periodForFileName(PeriodKind kind, LocalDate start) {
    return kind == PeriodKind.MONTH ? start.toString().substring(0, 7) : start.toString();
  }

  static String mall(StatementDocument d) {
    return d.mallName() + " (" + d.run().mallCode() + ")";
  }

  static String party(StatementDocument d) {
    String code = d.statement().party();
    return d.partyName() == null || d.partyName().equals(code)
        ? code
        : d.partyName() + " (" + code + ")";
  }

  static String run(RunView run) {
    return "#" + run.id() + " | " + run.zone();
  }

  /**
   * A rate period {@code [from, to)} in the mall's zone: the days it covers, both included, when it
   * runs from a day's start to a day's start (as every period and most terms do); else its two
   * instants to the minute, the second not included.
   */
  static String ratePeriod(StatementLine line, ZoneId zone) {
    LocalDateTime from = LocalDateTime.ofInstant(line.from(), zone);
    LocalDateTime to = LocalDateTime.ofInstant(line.to(), zone);
    if (from.toLocalTime().equals(LocalTime.MIDNIGHT)
        && to.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return DAY.format(from) + " ~ " + DAY.format(to.minusDays(1));
    }
    return MINUTE.format(from) + " ~ " + MINUTE.format(to);
  }

  static String generated(Instant at, ZoneId zone) {
    return MINUTE.format(LocalDateTime.ofInstant(at, zone)) + " (" + zone.getId() + ")";
  }

  static String amount(BigDecimal amount) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.UNNECESSARY);
    return f.format(amount);
  }

  static String points(long points) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(points);
  }

  /** Who pays whom the net, from the party's side (docs/clearing.md, "The money model"). */
  static String settlement(StatementDocument d) {
    BigDecimal net = d.statement().net();
    String cny = "CNY " + amount(net.abs());
    if (d.statement().partyKind() == PartyKind.OPERATOR) {
      return "运营方本期净额 "
          + cny
          + "（"
          + (net.signum() < 0 ? "支出" : "留存")
          + "）。 The operator "
          + (net.signum() < 0 ? "pays out " : "keeps ")
          + cny
          + ".";
    }
    String code = d.statement().party();
    return switch (net.signum()) {
      case -1 -> code + " 应付运营方 " + cny + "。 " + code + " pays the operator " + cny + ".";
      case 1 -> "运营方应付 " + code + " " + cny + "。 The operator pays " + code + " " + cny + ".";
      default -> "本期无应付款项。 Nothing to pay for the period.";
    };
  }
}
