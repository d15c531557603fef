package com.atrium.it.arquillian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.atrium.earning.Channel;
import com.atrium.earning.SaleRefunded;
import com.atrium.it.TestDatabase;
import com.atrium.ledger.AccountKind;
import com.atrium.ledger.BookedPeriod;
import com.atrium.ledger.EntryKind;
import com.atrium.ledger.ExpiryJob;
import com.atrium.ledger.LedgerAccounts;
import com.atrium.ledger.LedgerCheckMonitor;
import com.atrium.ledger.LedgerCheckReport;
import com.atrium.ledger.LedgerFigures;
import com.atrium.ledger.LedgerPostings;
import com.atrium.ledger.LedgerQueries;
import com.atrium.ledger.LedgerReadings;
import com.atrium.ledger.LotExpiry;
import com.atrium.ledger.Overdraft;
import com.atrium.ledger.Posting;
import com.atrium.ledger.Reversal;
import com.atrium.ledger.StatementLine;
import com.atrium.member.CardNumber;
import com.atrium.notification.ExpiryReminderJob;
import com.atrium.notification.OutboxDispatcher;
import com.atrium.platform.DomainException;
import com.atrium.redemption.PointsRedeemed;
import com.atrium.redemption.RedemptionBook;
import com.atrium.redemption.RedemptionCancelled;
import com.atrium.redemption.RefundBook;
import com.atrium.redemption.RefundPolicy;
import com.atrium.tier.TierReviewJob;
import com.atrium.tier.TierService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ledger service inside the real WAR on Payara Micro against PostgreSQL: postings balance,
 * concurrent credits to one member serialise on its account row, and the stored balance always
 * equals the sum of the member's lines and of its open lots; concurrent debits never overdraw; two
 * concurrent expiry runs expire each lot exactly once; reversals restore balances and lots; and the
 * ledger check finds nothing wrong afterwards.
 */
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
class LedgerIT {

  @Deployment
  static WebArchive atrium() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("atrium.war")))
        .addClasses(
            LedgerIT.class,
            RecordedEvents.class,
            FreshDatabase.class,
            TestDatabase.class,
            PointsModel.class,
            PointsModel.Lot.class,
            PointsModel.Take.class,
            PointsModel.Sale.class)
        .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
  }

  /** The jar a test library class was loaded from, to ship it inside the deployment. */
  static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Inject LedgerPostings ledger;
  @Inject LedgerAccounts accounts;
  @Inject LedgerQueries queries;
  @Inject LotExpiry lotExpiry;
  @Inject LedgerReadings readings;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject ExpiryJob expiryJob;
  @Inject LedgerCheckMonitor ledgerCheck;
  @Inject ExpiryReminderJob reminderJob;
  @Inject OutboxDispatcher dispatcher;
  @Inject TierReviewJob tierReview;

  @Resource UserTransaction tx;

  @Resource ManagedExecutorService executor;

  /** Real threads, as many as asked for: the default executor may run tasks a few at a time. */
  @Resource ManagedThreadFactory threadFactory;

  @Test
  void concurrentCreditsToOneMemberAllLandExactlyOnce() throws Exception {
    long tenant = newTenant();
    long member = newMember();
    int threads = 64;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int n = i;
      done.add(
          executor.submit(
              () -> {
                start.await();
                tx.begin();
                ledger.creditFromTenant(member, tenant, 10, Instant.now(), "Sale C" + n);
                tx.commit();
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    assertThat(accounts.balanceOf(member)).isEqualTo(640);
    assertThat(sumOfLines(member)).isEqualTo(640);
    assertThat(sumOfOpenLots(member)).isEqualTo(640);
    assertThat(unbalancedEntries()).isZero();
  }

  @Test
  void historyShowsTheRunningBalanceNewestFirst() throws Exception {
    long tenant = newTenant();
    long member = newMember();
    Instant t0 = Instant.now().minus(3, ChronoUnit.HOURS);
    tx.begin();
    ledger.creditFromTenant(member, tenant, 100, t0, "Sale H1");
    ledger.creditFromTenant(member, tenant, 50, t0.plusSeconds(60), "Sale H2");
    ledger.creditFromTenant(member, tenant, 7, t0.plusSeconds(120), "Sale H3");
    tx.commit();

    var history = queries.statementOf(member, 10);
    assertThat(history.balance()).isEqualTo(157);
    assertThat(history.lines())
        .extracting(
            StatementLine::description, StatementLine::points, StatementLine::runningBalance)
        .containsExactly(
            tuple("Sale H3", 7L, 157L), tuple("Sale H2", 50L, 150L), tuple("Sale H1", 100L, 100L));
  }

  @Test
  void concurrentDebitsNeverOverdrawAndExactlyTheCoveredOnesSucceed() throws Exception {
    long tenant = newTenant();
    long shop = newTenant();
    long member = newMember();
    int covered = 20; // debits of 10 points the balance covers exactly
    Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS);
    tx.begin();
    for (int i = 0; i < 4; i++) {
      ledger.creditFromTenant(member, tenant, 50, t0.plusSeconds(i), "Sale D" + i);
    }
    tx.commit();

    int threads = 64;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1, threadFactory);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger succeeded = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);
    Future<?> watcher =
        pool.submit(
            () -> {
              while (running.get()) {
                lowest.accumulateAndGet(accounts.balanceOf(member), Math::min);
              }
              return null;
            });
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int n = i;
      done.add(
          pool.submit(
              () -> {
                start.await();
                tx.begin();
                try {
                  ledger.debitToTenant(member, shop, 10, Instant.now(), "Spend " + n);
                  tx.commit();
                  succeeded.incrementAndGet();
                } catch (DomainException e) {
                  assertThat(e.code()).isEqualTo("INSUFFICIENT_POINTS");
                  tx.rollback();
                  refused.incrementAndGet();
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    running.set(false);
    watcher.get();
    pool.shutdown();

    assertThat(succeeded.get()).isEqualTo(covered);
    assertThat(refused.get()).isEqualTo(threads - covered);
    assertThat(lowest.get()).isGreaterThanOrEqualTo(0);
    assertThat(accounts.balanceOf(member)).isZero();
    assertThat(sumOfLines(member)).isZero();
    assertThat(sumOfOpenLots(member)).isZero();
    // every spent point is traceable to its issuer: the tenant's issuance account
    assertThat(
            number(
                "select coalesce(sum(c.points), 0) from lot_consumption c"
                    + " join points_lot p on p.id = c.lot_id"
                    + " join journal_entry e on e.id = c.entry_id"
                    + " join ledger_account a on a.id = p.member_account_id"
                    + " where e.kind = 'REDEEM' and e.tenant_id = "
                    + shop
                    + " and a.member_id = "
                    + member
                    + " and p.issuer_account_id = "
                    + accounts.tenantAccountId(tenant, AccountKind.TENANT_ISSUANCE)))
        .isEqualTo(200);
    assertClean(ledgerCheck.refresh());
  }

  @Test
  void debitsConsumeTheSoonestToExpireLotFirst() throws Exception {
    long tenant = newTenant();
    long member = newMember();
    Instant now = Instant.now();
    tx.begin();
    // earned now: expires at the end of next year
    long late =
        ledger.creditFromTenant(member, tenant, 100, now.minusSeconds(60), "Sale L").entryId();
    // earned last year: expires at the end of this year, so it goes first
    long soon =
        ledger
            .creditFromTenant(member, tenant, 30, now.minus(400, ChronoUnit.DAYS), "Sale S")
            .entryId();
    Posting spend = ledger.debitToTenant(member, tenant, 50, now, "Spend");
    tx.commit();

    assertThat(spend.balance()).isEqualTo(80);
    assertThat(remainingOfLotOf(soon)).isZero();
    assertThat(remainingOfLotOf(late)).isEqualTo(80);
    assertThat(number("select count(*) from lot_consumption where entry_id = " + spend.entryId()))
        .isEqualTo(2);
  }

  @Test
  void twoConcurrentExpiryRunsExpireEachDueLotExactlyOnce() throws Exception {
    long tenant = newTenant();
    Instant longAgo = Instant.parse("2023-05-01T04:00:00Z"); // expired on 1 January 2025
    List<Long> members = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      members.add(newMember());
    }
    tx.begin();
    for (long m : members) {
      ledger.creditFromTenant(m, tenant, 70, longAgo, "Old sale A");
      ledger.creditFromTenant(m, tenant, 30, longAgo.plusSeconds(3600), "Old sale B");
      ledger.creditFromTenant(m, tenant, 5, Instant.now(), "Fresh sale");
    }
    tx.commit();

    Instant at = Instant.now();
    ExecutorService pool = Executors.newFixedThreadPool(2, threadFactory);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ExpiryJob.Run>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(
          pool.submit(
              () -> {
                start.await();
                return expiryJob.run(at, 3);
              }));
    }
    start.countDown();
    int expiredByRuns = 0;
    for (Future<ExpiryJob.Run> run : runs) {
      expiredByRuns += run.get().lots();
    }
    pool.shutdown();
    String ours = members.stream().map(String::valueOf).collect(Collectors.joining(","));
    String expiries =
        " from lot_consumption c join journal_entry e on e.id = c.entry_id"
            + " join points_lot p on p.id = c.lot_id"
            + " join ledger_account a on a.id = p.member_account_id"
            + " where e.kind = 'EXPIRE' and a.member_id in ("
            + ours
            + ")";
    assertThat(number("select count(*)" + expiries)).isEqualTo(80);
    assertThat(number("select count(distinct c.lot_id)" + expiries)).isEqualTo(80);
    assertThat(number("select coalesce(sum(c.points), 0)" + expiries)).isEqualTo(40 * 100);
    assertThat(expiredByRuns).isGreaterThanOrEqualTo(80);
    for (long m : members) {
      assertThat(accounts.balanceOf(m)).isEqualTo(5);
      assertThat(sumOfOpenLots(m)).isEqualTo(5);
    }
    // expiry is recorded per issuer: each EXPIRE entry is at the lot's issuing tenant
    assertThat(
            number(
                "select count(*) from journal_entry e where e.kind = 'EXPIRE' and e.tenant_id = "
                    + tenant))
        .isEqualTo(80);
    // and a second run finds nothing left to do
    assertThat(expiryJob.run(at, 3).lots()).isZero();
    assertClean(ledgerCheck.refresh());
  }

  @Test
  void reversalsRestoreBalancesAndLots() throws Exception {
    long tenant = newTenant();
    long shop = newTenant();
    long member = newMember();
    Instant t0 = Instant.now().minus(2, ChronoUnit.HOURS);
    tx.begin();
    long a = ledger.creditFromTenant(member, tenant, 100, t0, "Sale RA").entryId();
    long b = ledger.creditFromTenant(member, tenant, 50, t0.plusSeconds(60), "Sale RB").entryId();
    long spend = ledger.debitToTenant(member, shop, 120, t0.plusSeconds(120), "Spend R").entryId();
    tx.commit();
    // same expiry date: the earlier-earned lot A went first (100), then 20 of B
    assertThat(remainingOfLotOf(a)).isZero();
    assertThat(remainingOfLotOf(b)).isEqualTo(30);

    tx.begin();
    Reversal part = ledger.reverse(spend, 30, "Cancel part");
    tx.commit();
    assertThat(part.reversed()).isEqualTo(30);
    assertThat(part.balance()).isEqualTo(60);
    assertThat(remainingOfLotOf(b)).isEqualTo(50); // last consumed, first given back
    assertThat(remainingOfLotOf(a)).isEqualTo(10);

    tx.begin();
    Reversal rest = ledger.reverse(spend, 90, "Cancel rest");
    tx.commit();
    assertThat(rest.balance()).isEqualTo(150);
    assertThat(remainingOfLotOf(a)).isEqualTo(100);
    assertThat(
            number(
                "select count(*) from journal_entry where kind = 'REVERSAL' and reverses_entry_id = "
                    + spend))
        .isEqualTo(2);

    tx.begin();
    try {
      ledger.reverse(spend, 1, "Too much");
      org.assertj.core.api.Assertions.fail("reversed more than the original");
    } catch (DomainException e) {
      assertThat(e.code()).isEqualTo("REVERSAL_EXCEEDS_ORIGINAL");
    } finally {
      tx.rollback();
    }

    // a credit reversal takes back what its lot still holds and reports the rest
    tx.begin();
    ledger.debitToTenant(member, shop, 90, Instant.now(), "Spend R2"); // 90 of A
    Reversal credit = ledger.reverse(a, 100, "Sale RA refunded");
    tx.commit();
    assertThat(credit.reversed()).isEqualTo(10);
    assertThat(credit.notReversed()).isEqualTo(90);
    assertThat(credit.balance()).isEqualTo(50);
    assertThat(remainingOfLotOf(a)).isZero();
    assertThat(sumOfLines(member)).isEqualTo(50);
    assertThat(sumOfOpenLots(member)).isEqualTo(50);
    assertClean(ledgerCheck.refresh());
  }

  @Test
  void pointsGivenBackAfterTheirLotExpiredGoToANewLotOfTheSameIssuer() throws Exception {
    long tenant = newTenant();
    long shop = newTenant();
    long member = newMember();
    tx.begin();
    // expired on 1 January 2025, but the expiry job has not taken it yet
    long old =
        ledger
            .creditFromTenant(member, tenant, 40, Instant.parse("2023-05-01T04:00:00Z"), "Old")
            .entryId();
    long spend = ledger.debitToTenant(member, shop, 40, Instant.now(), "Spend X").entryId();
    Reversal back = ledger.reverse(spend, 40, "Cancelled");
    tx.commit();
    assertThat(back.balance()).isEqualTo(40);
    assertThat(remainingOfLotOf(old)).isZero();
    long reversal = back.entryId().orElseThrow();
    assertThat(remainingOfLotOf(reversal)).isEqualTo(40);
    assertThat(
            number("select issuer_account_id from points_lot where credit_entry_id = " + reversal))
        .isEqualTo(accounts.tenantAccountId(tenant, AccountKind.TENANT_ISSUANCE));
    // both lots are at the mall the points were earned at, not where they were spent
    long mall = mallOf(tenant);
    assertThat(number("select mall_id from points_lot where credit_entry_id = " + old))
        .isEqualTo(mall);
    assertThat(number("select mall_id from points_lot where credit_entry_id = " + reversal))
        .isEqualTo(mall);
    assertThat(sumOfOpenLots(member)).isEqualTo(40);
  }

  @Test
  void theLedgerCheckReportsABalanceThatDisagreesWithItsLinesAndLots() throws Exception {
    long tenant = newTenant();
    long member = newMember();
    tx.begin();
    ledger.creditFromTenant(member, tenant, 25, Instant.now(), "Sale K");
    tx.commit();
    long account =
        number("select id from ledger_account where kind = 'MEMBER' and member_id = " + member);
    setBalance(account, 26); // what a bug writing the balance behind the ledger's back would do
    try {
      LedgerCheckReport report = ledgerCheck.refresh();
      assertThat(report.discrepancies())
          .extracting(d -> d.kind(), d -> d.id(), d -> d.expected(), d -> d.actual())
          .contains(
              tuple("BALANCE_NOT_SUM_OF_LINES", account, 25L, 26L),
              tuple("BALANCE_NOT_SUM_OF_LOTS", account, 26L, 25L));
      assertThat(ledgerCheck.last()).contains(report);
    } finally {
      setBalance(account, 25);
    }
    assertClean(ledgerCheck.refresh());
  }

  @Test
  void expiryRemindersAreQueuedOncePerMemberAndDayEvenByConcurrentRunsAndSentOnce()
      throws Exception {
    long tenant = newTenant();
    long member = newMember();
    Instant now = Instant.now();
    tx.begin();
    long soon = ledger.creditFromTenant(member, tenant, 70, now, "Sale R1").entryId();
    long soonToo = ledger.creditFromTenant(member, tenant, 30, now, "Sale R2").entryId();
    long later = ledger.creditFromTenant(member, tenant, 500, now, "Sale R3").entryId();
    tx.commit();
    // two lots expire on the same day within the window, one far outside it
    Instant due =
        now.plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS);
    setExpiry(soon, due);
    setExpiry(soonToo, due.plusSeconds(60));
    setExpiry(later, now.plus(90, ChronoUnit.DAYS));

    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(
          executor.submit(
              () -> {
                start.await();
                return reminderJob.run(now);
              }));
    }
    start.countDown();
    for (Future<Integer> f : runs) {
      f.get();
    }
    reminderJob.run(now.plusSeconds(3600)); // the next day's run: nothing new for this member

    assertThat(number("select count(*) from notification_outbox where member_id = " + member))
        .isEqualTo(1);
    Object[] row =
        outboxRow("select reference, body, status, language from notification_outbox", member);
    assertThat((String) row[1]).contains("100 积分");
    assertThat(row[3]).isEqualTo("zh");

    List<Future<Integer>> sends = new ArrayList<>();
    CountDownLatch go = new CountDownLatch(1);
    for (int i = 0; i < 3; i++) {
      sends.add(
          executor.submit(
              () -> {
                go.await();
                return dispatcher.run(Instant.now());
              }));
    }
    go.countDown();
    for (Future<Integer> f : sends) {
      f.get();
    }
    Object[] sent = outboxRow("select status, attempts from notification_outbox", member);
    assertThat(sent[0]).isEqualTo("SENT");
    assertThat(((Number) sent[1]).intValue()).as("sent exactly once").isEqualTo(1);
  }

  @Test
  void theTierReviewDowngradesOnlyAfterTheGracePeriodOnceADayAndNeverBelowTheFloor()
      throws Exception {
    long gold = newMember();
    long floored = newMember();
    tx.begin();
    em.createNativeQuery("update member set tier = 'GOLD' where id in (?1, ?2)")
        .setParameter(1, gold)
        .setParameter(2, floored)
        .executeUpdate();
    em.createNativeQuery(
            "insert into tier_status (member_id, floor_tier, floor_reason, version)"
                + " values (?1, 'SILVER', 'IT floor', 0)")
        .setParameter(1, floored)
        .executeUpdate();
    tx.commit();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      runs.add(
          executor.submit(
              () -> {
                start.await();
                return tierReview.run(today);
              }));
    }
    start.countDown();
    for (Future<Integer> f : runs) {
      f.get();
    }
    assertThat(tierOf(gold)).as("in the grace period").isEqualTo("GOLD");
    assertThat(number("select count(*) from tier_change where member_id = " + gold)).isZero();

    tierReview.run(today.plusDays(29));
    assertThat(tierOf(gold)).isEqualTo("GOLD");
    tierReview.run(today.plusDays(30));
    tierReview.run(today.plusDays(30));
    assertThat(tierOf(gold)).isEqualTo("STANDARD");
    assertThat(tierOf(floored)).isEqualTo("SILVER");
    assertThat(
            number(
                "select count(*) from tier_change where cause = 'REVIEW' and member_id = " + gold))
        .isEqualTo(1);
  }

  @Inject TierService tiers;

  /**
   * A partner right's floor (docs/tiers.md, "Floors with a source"): placed, it raises the member
   * at once and holds them at the review; removed, the member drops at the reviews after the grace
   * period, not at once. Reviews run on days before today, so that the other review tests' days
   * stay ahead of them.
   */
  @Test
  void aFloorWithASourceHoldsTheMemberUntilItIsRemovedThenTheReviewDropsThemAfterTheGrace()
      throws Exception {
    long member = newMember();
    Instant now = Instant.now();
    tx.begin();
    tiers.placeFloor(
        member,
        "PARTNER:IT:PREMIUM",
        "grant:" + member,
        "GOLD",
        now.minusSeconds(60),
        now.plusSeconds(86_400));
    tx.commit();
    assertThat(tierOf(member)).isEqualTo("GOLD");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    tierReview.run(today.minusDays(50));
    assertThat(tierOf(member)).as("held by the floor").isEqualTo("GOLD");

    tx.begin();
    tiers.removeFloor("PARTNER:IT:PREMIUM", "grant:" + member, "it");
    tx.commit();
    assertThat(tierOf(member)).as("not at once").isEqualTo("GOLD");
    tierReview.run(today.minusDays(40));
    assertThat(tierOf(member)).as("in the grace period").isEqualTo("GOLD");
    tierReview.run(today.minusDays(10));
    assertThat(tierOf(member)).isEqualTo("STANDARD");
    assertThat(
            number(
                "select count(*) from tier_change where cause = 'FLOOR' and member_id = " + member))
        .isEqualTo(1);
    assertThat(
            number(
                "select count(*) from tier_change where cause = 'REVIEW' and member_id = "
                    + member))
        .isEqualTo(1);
  }

  private String tierOf(long member) throws Exception {
    tx.begin();
    try {
      return (String)
          em.createNativeQuery("select tier from member where id = ?1")
              .setParameter(1, member)
              .getSingleResult();
    } finally {
      tx.commit();
    }
  }

  /** The member's one outbox row; read in a transaction (a non-transactional read may race). */
  private Object[] outboxRow(String select, long member) throws Exception {
    tx.begin();
    try {
      return (Object[])
          em.createNativeQuery(select + " where member_id = ?1")
              .setParameter(1, member)
              .getSingleResult();
    } finally {
      tx.commit();
    }
  }

  private void setExpiry(long creditEntryId, Instant expiresAt) throws Exception {
    tx.begin();
    em.createNativeQuery("update points_lot set expires_at = ?1 where credit_entry_id = ?2")
        .setParameter(1, Timestamp.from(expiresAt))
        .setParameter(2, creditEntryId)
        .executeUpdate();
    tx.commit();
  }

  // --- redemption and refunds (docs/redemption.md) ---

  @Inject RedemptionBook redemptions;
  @Inject RefundBook refunds;
  @Inject RecordedEvents events;

  @Test
  void aRefundFiresSaleRefundedWithTheSalesMallAndThePointsItTookBackOnce() throws Exception {
    long tenant = newTenant();
    long shop = newTenant();
    long member = newMember();
    String receipt = "EV-" + member;
    newSale(tenant, member, receipt, 10_000, 100, Instant.now());
    tx.begin();
    ledger.debitToTenant(member, shop, 80, Instant.now(), "Spend");
    tx.commit();

    // half of 100.00: 50 points, 20 still in the sale's lot, 30 spent and nothing else to take
    var r =
        refunds.refund(
            tenant,
            receipt,
            "RF-" + member,
            new BigDecimal("50.00"),
            null,
            RefundPolicy.STOP_AT_ZERO,
            "it");
    refunds.refund(
        tenant,
        receipt,
        "RF-" + member,
        new BigDecimal("50.00"),
        null,
        RefundPolicy.STOP_AT_ZERO,
        "it");

    long sale = number("select id from sale where receipt_number = '" + receipt + "'");
    assertThat(number("select mall_id from refund where id = " + r.refundId()))
        .isEqualTo(mallOf(tenant));
    assertThat(events.of(SaleRefunded.class, e -> e.memberId() == member))
        .as("one event: the replay fires none")
        .containsExactly(
            new SaleRefunded(
                sale,
                member,
                tenant,
                mallOf(tenant),
                new BigDecimal("50.00"),
                20,
                30,
                instantOf("select recorded_at from refund where id = " + r.refundId()),
                instantOf("select recorded_at from sale where id = " + sale)));
  }

  @Test
  void aRedemptionFiresPointsRedeemedAndItsCancellationRedemptionCancelledOnce() throws Exception {
    long shop = newTenant();
    long member = newMember();
    tx.begin();
    ledger.creditFromTenant(member, shop, 500, Instant.now(), "Sale EV2");
    tx.commit();
    long reward = newReward(shop, 200);
    var coupon = redemptions.redeem(reward, member, Channel.PORTAL, "it-" + member, null);
    redemptions.cancel(coupon.redemptionId(), Optional.empty(), "service");
    var again = redemptions.cancel(coupon.redemptionId(), Optional.empty(), "service");
    assertThat(again.replayed()).isTrue();

    long mall = mallOf(shop);
    assertThat(number("select mall_id from redemption where id = " + coupon.redemptionId()))
        .isEqualTo(mall);
    assertThat(events.of(PointsRedeemed.class, e -> e.memberId() == member))
        .containsExactly(
            new PointsRedeemed(
                PointsRedeemed.Kind.REWARD,
                coupon.redemptionId(),
                member,
                shop,
                mall,
                200,
                null,
                "RW" + reward,
                coupon.issuedAt()));
    assertThat(events.of(RedemptionCancelled.class, e -> e.memberId() == member))
        .as("one event: cancelling a cancelled coupon fires none")
        .containsExactly(
            new RedemptionCancelled(
                coupon.redemptionId(),
                member,
                shop,
                mall,
                200,
                "RW" + reward,
                instantOf(
                    "select cancelled_at from redemption where id = " + coupon.redemptionId())));
  }

  @Test
  void concurrentVerificationsOfOneCouponSucceedExactlyOnce() throws Exception {
    long issuer = newTenant();
    long shop = newTenant();
    long other = newTenant();
    long member = newMember();
    tx.begin();
    ledger.creditFromTenant(member, issuer, 500, Instant.now(), "Sale V1");
    tx.commit();
    long reward = newReward(shop, 200);
    var coupon = redemptions.redeem(reward, member, Channel.PORTAL, "it-" + member, null);
    String code = coupon.couponCode();

    DomainException foreign =
        org.junit.jupiter.api.Assertions.assertThrows(
            DomainException.class, () -> redemptions.verify(code, Optional.of(other), "intruder"));
    assertThat(foreign.code()).isEqualTo("COUPON_NOT_FOUND");

    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads, threadFactory);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger verified = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int n = i;
      done.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  redemptions.verify(code, Optional.of(shop), "assistant-" + n);
                  verified.incrementAndGet();
                } catch (DomainException e) {
                  assertThat(e.code()).isEqualTo("COUPON_ALREADY_VERIFIED");
                  refused.incrementAndGet();
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertThat(verified.get()).isEqualTo(1);
    assertThat(refused.get()).isEqualTo(threads - 1);

    DomainException late =
        org.junit.jupiter.api.Assertions.assertThrows(
            DomainException.class,
            () -> redemptions.cancel(coupon.redemptionId(), Optional.empty(), "service"));
    assertThat(late.code()).isEqualTo("COUPON_ALREADY_VERIFIED");
    assertThat(accounts.balanceOf(member)).isEqualTo(300);
  }

  @Test
  void underAllowNegativeARefundOfSpentPointsGoesBelowZeroAndLaterEarningRepaysIt()
      throws Exception {
    long tenant = newTenant();
    long shop = newTenant();
    long member = newMember();
    String receipt = "AN-" + member;
    newSale(tenant, member, receipt, 10_000, 100, Instant.now());
    tx.begin();
    ledger.debitToTenant(member, shop, 80, Instant.now(), "Spend");
    tx.commit();

    var r =
        refunds.refund(
            tenant,
            receipt,
            "RF-" + member,
            new BigDecimal("100.00"),
            null,
            RefundPolicy.ALLOW_NEGATIVE,
            "it");
    assertThat(r.points()).isEqualTo(100);
    assertThat(r.pointsReversed()).isEqualTo(20);
    assertThat(r.pointsRecovered()).isEqualTo(80);
    assertThat(r.balance()).isEqualTo(-80);
    assertThat(accounts.balanceOf(member)).isEqualTo(-80);
    assertThat(sumOfLines(member)).isEqualTo(-80);
    assertThat(sumOfOpenLots(member)).isZero();

    // future earning repays the debt before it opens a lot
    tx.begin();
    ledger.creditFromTenant(member, tenant, 100, Instant.now(), "Sale AN2");
    tx.commit();
    assertThat(accounts.balanceOf(member)).isEqualTo(20);
    assertThat(sumOfOpenLots(member)).isEqualTo(20);
    assertThat(unbalancedEntries()).isZero();
  }

  /**
   * A sale of 200 points from three issuers (100 own, 60 campaign, 40 operator) after the member
   * spent 150 (the own lot's 100, then 50 of the campaign's): each half refund takes 50 / 30 / 20,
   * from each lot as far as it holds, and each issuer's spent part is debited to that issuer.
   */
  @Test
  void aRefundReversesEachIssuerProRataAndDebitsEachIssuersSpentPartToIt() throws Exception {
    long tenant = newTenant();
    long shop = newTenant();
    long member = newMember();
    String receipt = "PR-" + member;
    tx.begin();
    Posting posting = ledger.credit(member, tenant, 100, 60, 40, Instant.now(), "Sale " + receipt);
    tx.commit();
    insertSale(tenant, member, receipt, 20_000, 200, Instant.now(), posting);
    tx.begin();
    ledger.debitToTenant(member, shop, 150, Instant.now(), "Spend");
    tx.commit();
    long own = accounts.tenantAccountId(tenant, AccountKind.TENANT_ISSUANCE);
    long campaign = accounts.tenantAccountId(tenant, AccountKind.TENANT_CAMPAIGN);
    long operator = accounts.operatorAccountId(AccountKind.OPERATOR_MARKETING);

    // 100 points: own 50 (its lot is empty: all spent), campaign 30 (10 left in its lot, 20
    // spent), operator 20 (from its lot)
    var first =
        refunds.refund(
            tenant,
            receipt,
            "RF1-" + member,
            new BigDecimal("100.00"),
            null,
            RefundPolicy.ALLOW_NEGATIVE,
            "it");
    assertThat(first.points()).isEqualTo(100);
    assertThat(first.pointsReversed()).isEqualTo(30);
    assertThat(first.pointsRecovered()).isEqualTo(70);
    assertThat(reversedTo(member, own)).isEqualTo(50);
    assertThat(reversedTo(member, campaign)).isEqualTo(30);
    assertThat(reversedTo(member, operator)).isEqualTo(20);

    // the rest: 50 / 30 / 20 again, so every issuer is fully reversed; the first refund's debit of
    // spent points took the operator lot's last 20 (the member's other points go first), so all
    // of it is now spent too
    var rest =
        refunds.refund(
            tenant,
            receipt,
            "RF2-" + member,
            new BigDecimal("100.00"),
            null,
            RefundPolicy.ALLOW_NEGATIVE,
            "it");
    assertThat(rest.pointsReversed()).isZero();
    assertThat(rest.pointsRecovered()).isEqualTo(100);
    assertThat(reversedTo(member, own)).isEqualTo(100);
    assertThat(reversedTo(member, campaign)).isEqualTo(60);
    assertThat(reversedTo(member, operator)).isEqualTo(40);
    assertThat(accounts.balanceOf(member)).isEqualTo(200 - 150 - 200);
    assertThat(sumOfLines(member)).isEqualTo(-150);
    assertThat(sumOfOpenLots(member)).isZero();
    // the next sale repays the debt (the ledger check refuses a negative balance here)
    tx.begin();
    ledger.creditFromTenant(member, tenant, 150, Instant.now(), "Sale PR2");
    tx.commit();
    assertThat(accounts.balanceOf(member)).isZero();
    assertThat(unbalancedEntries()).isZero();
  }

  /** Points the member's REVERSAL entries moved to one issuer account. */
  private long reversedTo(long member, long issuerAccountId) {
    return number(
        "select coalesce(sum(l.points), 0) from journal_line l join journal_entry e"
            + " on e.id = l.entry_id where e.kind = 'REVERSAL' and e.member_id = "
            + member
            + " and l.account_id = "
            + issuerAccountId);
  }

  @Test
  void underStopAtZeroARefundTakesWhatIsLeftAndFlagsTheMember() throws Exception {
    long tenant = newTenant();
    long other = newTenant();
    long shop = newTenant();
    long member = newMember();
    String receipt = "SZ-" + member;
    newSale(tenant, member, receipt, 10_000, 100, Instant.now());
    tx.begin();
    ledger.debitToTenant(member, shop, 90, Instant.now(), "Spend");
    ledger.creditFromTenant(member, other, 30, Instant.now(), "Sale elsewhere");
    tx.commit();
    var r =
        refunds.refund(
            tenant,
            receipt,
            "RF-" + member,
            new BigDecimal("100.00"),
            null,
            RefundPolicy.STOP_AT_ZERO,
            "it");
    assertThat(r.pointsReversed()).isEqualTo(10);
    assertThat(r.pointsRecovered()).isEqualTo(30);
    assertThat(r.pointsUnrecovered()).isEqualTo(60);
    assertThat(r.memberFlagged()).isTrue();
    assertThat(accounts.balanceOf(member)).isZero();
    assertThat(sumOfOpenLots(member)).isZero();
    assertThat(
            number(
                "select coalesce(sum(points), 0) from member_flag where resolved_at is null"
                    + " and member_id = "
                    + member))
        .isEqualTo(60);
  }

  /**
   * The property test of the points engine: seeded random sequences of earn, redeem, refund, cancel
   * and expire run against the real services and against {@link PointsModel}; after every step the
   * member's balance, each open lot, the balance of every journal entry and the issuer of every
   * redeemed point agree.
   */
  @Test
  void randomSequencesOfEarnRedeemRefundCancelAndExpireAgreeWithTheModel() throws Exception {
    long seed = Long.getLong("atrium.samples.seed", 20261123L);
    for (int run = 0; run < 3; run++) {
      runModel(new Random(seed + run), 60);
    }
  }

  private void runModel(Random random, int steps) throws Exception {
    long[] issuers = {newTenant(), newTenant()};
    long shop = newTenant();
    long member = newMember();
    long[] rewards = {newReward(shop, 30), newReward(shop, 75), newReward(shop, 120)};
    PointsModel model = new PointsModel();
    List<String> trail = new ArrayList<>();
    int receipts = 0;
    for (int step = 0; step < steps; step++) {
      int op = random.nextInt(10);
      Instant now = Instant.now();
      if (op < 3 || model.sales.isEmpty()) {
        long issuer = issuers[random.nextInt(issuers.length)];
        long points = 1 + random.nextInt(150);
        long cents = points * 100 + random.nextInt(100);
        // about one sale in four is old enough that its lot is already due to expire
        Instant at = random.nextInt(4) == 0 ? now.minus(700, ChronoUnit.DAYS) : now;
        String receipt = "M" + member + "-" + receipts++;
        long lotId = newSale(issuer, member, receipt, cents, points, at);
        PointsLotRow row = lotRow(lotId);
        model.earned(
            new PointsModel.Lot(lotId, row.issuer, points, row.earnedAt, row.expiresAt),
            new PointsModel.Sale(receipt, issuer, points, cents, lotId));
        trail.add("earn " + points + " from " + issuer + (at == now ? "" : " (old)"));
      } else if (op < 6) {
        int pick = random.nextInt(rewards.length);
        long price = new long[] {30, 75, 120}[pick];
        try {
          var r =
              redemptions.redeem(rewards[pick], member, Channel.PORTAL, "model-" + member, null);
          assertThat(model.balance()).as(trail.toString()).isGreaterThanOrEqualTo(price);
          model.redemptions.put(r.redemptionId(), model.spend(price));
          trail.add("redeem " + price);
        } catch (DomainException e) {
          assertThat(e.code()).isEqualTo("INSUFFICIENT_POINTS");
          assertThat(model.balance()).as(trail.toString()).isLessThan(price);
          trail.add("redeem " + price + " refused");
        }
      } else if (op < 8) {
        PointsModel.Sale sale = model.sales.get(random.nextInt(model.sales.size()));
        long[] before = model.refunded.getOrDefault(sale.receipt(), new long[2]);
        long left = sale.cents() - before[0];
        if (left == 0) {
          trail.add("refund skipped");
          continue;
        }
        long cents = random.nextBoolean() ? left : 1 + (long) (random.nextDouble() * left);
        long[] expected = model.refund(sale, cents);
        var r =
            refunds.refund(
                sale.tenant(),
                sale.receipt(),
                "RF" + step,
                BigDecimal.valueOf(cents, 2),
                null,
                RefundPolicy.STOP_AT_ZERO,
                "model");
        trail.add("refund " + cents + " of " + sale.receipt());
        assertThat(new long[] {r.pointsReversed(), r.pointsRecovered(), r.pointsUnrecovered()})
            .as(trail.toString())
            .containsExactly(expected);
      } else if (op < 9) {
        if (model.redemptions.isEmpty()) {
          trail.add("cancel skipped");
          continue;
        }
        List<Long> open = new ArrayList<>(model.redemptions.keySet());
        long id = open.get(random.nextInt(open.size()));
        redemptions.cancel(id, Optional.empty(), "model");
        Map<Long, Long> toNewLots = model.cancel(id, Instant.now());
        long cancelEntry = number("select cancel_entry_id from redemption where id = " + id);
        for (var e : toNewLots.entrySet()) {
          long lotId =
              number(
                  "select id from points_lot where credit_entry_id = "
                      + cancelEntry
                      + " and issuer_account_id = "
                      + e.getKey());
          PointsLotRow row = lotRow(lotId);
          model.lots.put(
              lotId,
              new PointsModel.Lot(lotId, row.issuer, e.getValue(), row.earnedAt, row.expiresAt));
        }
        trail.add("cancel " + id + (toNewLots.isEmpty() ? "" : " to new lots " + toNewLots));
      } else {
        int expired;
        do { // the job's batches, one transaction each, until nothing is due
          tx.begin();
          expired = lotExpiry.expireDueLots(now, 1000).lots();
          tx.commit();
        } while (expired > 0);
        model.expire(now);
        trail.add("expire");
      }
      assertAgreesWithModel(member, model, trail);
    }
  }

  private void assertAgreesWithModel(long member, PointsModel model, List<String> trail) {
    String why = String.join(", ", trail);
    assertThat(accounts.balanceOf(member)).as(why).isEqualTo(model.balance());
    assertThat(sumOfLines(member)).as(why).isEqualTo(model.balance());
    assertThat(sumOfOpenLots(member)).as(why).isEqualTo(model.balance());
    @SuppressWarnings("unchecked")
    List<Object[]> lots =
        em.createNativeQuery(
                "select p.id, p.points_remaining, p.issuer_account_id from points_lot p"
                    + " join ledger_account a on a.id = p.member_account_id"
                    + " where a.member_id = ?1 and p.points_remaining > 0")
            .setParameter(1, member)
            .getResultList();
    Map<Long, Long> open = new HashMap<>();
    Map<Long, Long> byIssuer = new HashMap<>();
    for (Object[] l : lots) {
      open.put(((Number) l[0]).longValue(), ((Number) l[1]).longValue());
      byIssuer.merge(((Number) l[2]).longValue(), ((Number) l[1]).longValue(), Long::sum);
    }
    assertThat(open).as(why).isEqualTo(model.openLots());
    assertThat(byIssuer).as(why).isEqualTo(model.openByIssuer());
    // every entry of the member balances
    assertThat(
            number(
                "select count(*) from (select l.entry_id from journal_line l join journal_entry e"
                    + " on e.id = l.entry_id where e.member_id = "
                    + member
                    + " group by l.entry_id having sum(l.points) <> 0) x"))
        .as(why)
        .isZero();
    // traceability: every lot's consumptions explain what it lost, and every redemption's
    // points were taken from lots (so from issuers), none from nowhere
    assertThat(
            number(
                "select count(*) from points_lot p join ledger_account a on a.id ="
                    + " p.member_account_id left join (select lot_id, sum(points) s from"
                    + " lot_consumption group by lot_id) c on c.lot_id = p.id where a.member_id = "
                    + member
                    + " and p.points_earned - coalesce(c.s, 0) <> p.points_remaining"))
        .as(why)
        .isZero();
    assertThat(
            number(
                "select count(*) from redemption r where r.member_id = "
                    + member
                    + " and r.points <> (select coalesce(sum(c.points), 0) from lot_consumption c"
                    + " where c.entry_id = r.journal_entry_id)"))
        .as(why)
        .isZero();
    assertThat(
            number(
                "select coalesce(sum(points_unrecovered), 0) from refund where member_id = "
                    + member))
        .as(why)
        .isEqualTo(model.unrecovered);
  }

  private record PointsLotRow(long issuer, Instant earnedAt, Instant expiresAt) {}

  private PointsLotRow lotRow(long lotId) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "select issuer_account_id, earned_at, expires_at from points_lot where id = ?1")
                .setParameter(1, lotId)
                .getSingleResult();
    return new PointsLotRow(((Number) r[0]).longValue(), instant(r[1]), instant(r[2]));
  }

  private long mallOf(long tenant) {
    return number("select mall_id from tenant where id = " + tenant);
  }

  private Instant instantOf(String sql) {
    return instant(em.createNativeQuery(sql).getSingleResult());
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return (Instant) value;
  }

  /** A sale at the tenant that earned {@code points}, credited through the ledger; its lot id. */
  private long newSale(
      long tenant, long member, String receipt, long cents, long points, Instant at)
      throws Exception {
    tx.begin();
    Posting posting = ledger.creditFromTenant(member, tenant, points, at, "Sale " + receipt);
    tx.commit();
    insertSale(tenant, member, receipt, cents, points, at, posting);
    return number("select id from points_lot where credit_entry_id = " + posting.entryId());
  }

  private void insertSale(
      long tenant,
      long member,
      String receipt,
      long cents,
      long points,
      Instant at,
      Posting posting)
      throws Exception {
    tx.begin();
    em.createNativeQuery(
            "insert into sale (id, tenant_id, mall_id, member_id, receipt_number, amount,"
                + " occurred_at, points, tier_code, birthday_month, explanation, journal_entry_id,"
                + " balance_after, channel, request_hash, recorded_by, recorded_at) values"
                + " (nextval('atrium_seq'), ?1, (select t.mall_id from tenant t where t.id = ?1),"
                + " ?2, ?3, ?4, ?5, ?6, 'STANDARD', false, '{}', ?7, ?8, 'POS', 'x', 'it', now())")
        .setParameter(1, tenant)
        .setParameter(2, member)
        .setParameter(3, receipt)
        .setParameter(4, BigDecimal.valueOf(cents, 2))
        .setParameter(5, Timestamp.from(at))
        .setParameter(6, points)
        .setParameter(7, posting.entryId())
        .setParameter(8, posting.balance())
        .executeUpdate();
    tx.commit();
  }

  /** A reward of the tenant, valid now, with ample stock and no practical per-member limit. */
  private long newReward(long tenant, long price) throws Exception {
    tx.begin();
    long id = number("select nextval('atrium_seq')");
    em.createNativeQuery(
            "insert into reward (id, code, name, points_price, stock, per_member_limit,"
                + " valid_from, valid_until, coupon_valid_days, provider_tenant_id, mall_id,"
                + " status, created_at, version) values (?1, ?2, 'Test reward', ?3, 100000, 1000,"
                + " now() - interval '1 day', now() + interval '30 days', 30, ?4,"
                + " (select t.mall_id from tenant t where t.id = ?4), 'ACTIVE', now(), 0)")
        .setParameter(1, id)
        .setParameter(2, "RW" + id)
        .setParameter(3, price)
        .setParameter(4, tenant)
        .executeUpdate();
    tx.commit();
    return id;
  }

  private void setBalance(long account, long balance) throws Exception {
    tx.begin();
    em.createNativeQuery("update ledger_account set balance = ?1 where id = ?2")
        .setParameter(1, balance)
        .setParameter(2, account)
        .executeUpdate();
    tx.commit();
  }

  /**
   * A known set of credits, debits, reversals and an expiry, booked in one window: the read API's
   * figures for the accounts of this test are exactly what the postings imply; and for every figure
   * in the window (this test's and anything else booked then), the entries behind it, read in pages
   * of two, sum to it.
   */
  @Test
  void theReadApiFiguresAreExactAndEachIsTheSumOfTheEntriesBehindIt() throws Exception {
    long a = newTenant();
    long b = newTenant();
    long m1 = newMember();
    long m2 = newMember();
    long m3 = newMember();
    long aIssuance = accounts.tenantAccountId(a, AccountKind.TENANT_ISSUANCE);
    long aRedemption = accounts.tenantAccountId(a, AccountKind.TENANT_REDEMPTION);
    long bIssuance = accounts.tenantAccountId(b, AccountKind.TENANT_ISSUANCE);
    long bRedemption = accounts.tenantAccountId(b, AccountKind.TENANT_REDEMPTION);
    Instant longAgo = Instant.parse("2023-05-01T04:00:00Z"); // expired on 1 January 2025
    Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
    tx.begin();
    long marketing = accounts.operatorAccountId(AccountKind.OPERATOR_MARKETING);
    Instant now = Instant.now();
    long earn1 = ledger.creditFromTenant(m1, a, 100, now, "Sale F1").entryId(); // lot of a: 100
    long earn2 = ledger.credit(m1, a, 40, 10, now, "Sale F2").entryId(); // lots: a 40, operator 10
    ledger.creditFromTenant(m2, a, 60, longAgo, "Sale F3"); // due: expires below
    ledger.creditFromTenant(m2, b, 20, now, "Sale F4");
    long spend = ledger.debitToTenant(m1, b, 120, now, "Spend F5").entryId(); // a's lots: 100 + 20
    ledger.reverse(spend, 30, "Cancel F5"); // back to a's lots: 20 + 10
    ledger.reverse(earn1, 50, "Refund F1"); // its lot holds 10: those go back to a
    ledger.creditFromTenant(m3, b, 40, longAgo, "Sale F7"); // past expiry, not yet expired
    long spend3 = ledger.debitToTenant(m3, a, 40, now, "Spend F8").entryId();
    long back3 = ledger.reverse(spend3, 40, "Cancel F8").entryId().orElseThrow(); // new lot of b
    tx.commit();
    expiryJob.run(Instant.now()); // m2's 60 points of a go to breakage
    tx.begin();
    // after the expiry: the soonest-to-expire lot left is b's
    ledger.debit(m2, marketing, null, EntryKind.REDEEM, 5, now, "Reward F6", Overdraft.REFUSE);
    tx.commit();
    BookedPeriod period = new BookedPeriod(from, Instant.now().plusSeconds(1));
    long breakage = accounts.operatorAccountId(AccountKind.BREAKAGE);

    Map<List<Object>, Long> sums = new HashMap<>();
    readings
        .accountSums(period, EnumSet.allOf(AccountKind.class))
        .forEach(s -> sums.put(List.of(s.account().accountId(), s.entryKind()), s.points()));
    Map<List<Object>, Long> expected =
        Map.ofEntries(
            Map.entry(List.of(aIssuance, EntryKind.EARN), -200L),
            Map.entry(List.of(aIssuance, EntryKind.REVERSAL), 10L),
            Map.entry(List.of(bIssuance, EntryKind.EARN), -60L),
            Map.entry(List.of(aRedemption, EntryKind.REDEEM), 40L),
            Map.entry(List.of(aRedemption, EntryKind.REVERSAL), -40L),
            Map.entry(List.of(bRedemption, EntryKind.REDEEM), 120L),
            Map.entry(List.of(bRedemption, EntryKind.REVERSAL), -30L),
            Map.entry(List.of(memberAccount(m1), EntryKind.EARN), 150L),
            Map.entry(List.of(memberAccount(m1), EntryKind.REDEEM), -120L),
            Map.entry(List.of(memberAccount(m1), EntryKind.REVERSAL), 20L),
            Map.entry(List.of(memberAccount(m2), EntryKind.EARN), 80L),
            Map.entry(List.of(memberAccount(m2), EntryKind.REDEEM), -5L),
            Map.entry(List.of(memberAccount(m2), EntryKind.EXPIRE), -60L),
            Map.entry(List.of(memberAccount(m3), EntryKind.EARN), 40L),
            Map.entry(List.of(memberAccount(m3), EntryKind.REDEEM), -40L),
            Map.entry(List.of(memberAccount(m3), EntryKind.REVERSAL), 40L));
    Set<Long> ours =
        Set.of(
            aIssuance,
            aRedemption,
            bIssuance,
            bRedemption,
            memberAccount(m1),
            memberAccount(m2),
            memberAccount(m3));
    assertThat(
            sums.entrySet().stream()
                .filter(e -> ours.contains((Long) e.getKey().get(0)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
        .isEqualTo(expected);

    Map<List<Object>, Long> issued = new HashMap<>();
    readings
        .issued(period)
        .forEach(i -> issued.put(List.of(i.issuer().accountId(), i.entryKind()), i.points()));
    assertThat(issued)
        .containsEntry(List.of(aIssuance, EntryKind.EARN), 200L)
        .containsEntry(List.of(bIssuance, EntryKind.EARN), 60L)
        .containsEntry(List.of(bIssuance, EntryKind.REVERSAL), 40L)
        .doesNotContainKey(List.of(aIssuance, EntryKind.REVERSAL));

    Map<List<Object>, Long> consumed = new HashMap<>();
    readings
        .consumed(period)
        .forEach(
            c ->
                consumed.put(
                    List.of(c.issuer().accountId(), c.counterpart().accountId(), c.entryKind()),
                    c.points()));
    assertThat(
            consumed.entrySet().stream()
                .filter(
                    e -> e.getKey().get(0).equals(aIssuance) || e.getKey().get(0).equals(bIssuance))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
        .isEqualTo(
            Map.of(
                List.of(aIssuance, bRedemption, EntryKind.REDEEM), 120L,
                List.of(aIssuance, bRedemption, EntryKind.REVERSAL), -30L,
                List.of(aIssuance, aIssuance, EntryKind.REVERSAL), 10L,
                List.of(aIssuance, breakage, EntryKind.EXPIRE), 60L,
                List.of(bIssuance, marketing, EntryKind.REDEEM), 5L,
                List.of(bIssuance, aRedemption, EntryKind.REDEEM), 40L));

    assertThat(readings.expired(period))
        .filteredOn(e -> e.issuer().accountId() == aIssuance || e.issuer().accountId() == bIssuance)
        .extracting(e -> e.issuer().tenantId(), LedgerFigures.Expired::points)
        .containsExactly(tuple(a, 60L));

    // the operator's marketing account is shared with the rest of the run: this test's share only
    var operatorEarn =
        readings.accountSums(period, EnumSet.of(AccountKind.OPERATOR_MARKETING)).stream()
            .filter(s -> s.entryKind() == EntryKind.EARN)
            .findFirst()
            .orElseThrow();
    assertThat(allBehind(p -> readings.entriesBehind(operatorEarn, period, p, 2)))
        .anySatisfy(
            s -> {
              assertThat(s.entryId()).isEqualTo(earn2);
              assertThat(s.points()).isEqualTo(-10);
            });
    assertThat(
            allBehind(
                p ->
                    readings.entriesBehind(
                        readings.issued(period).stream()
                            .filter(i -> i.issuer().accountId() == bIssuance)
                            .filter(i -> i.entryKind() == EntryKind.REVERSAL)
                            .findFirst()
                            .orElseThrow(),
                        period,
                        p,
                        2)))
        .extracting(LedgerFigures.EntryShare::entryId, LedgerFigures.EntryShare::reversesEntryId)
        .containsExactly(tuple(back3, spend3));

    // every figure in the window is the sum of the entries behind it, all booked in the window
    var all = readings.accountSums(period, EnumSet.allOf(AccountKind.class));
    for (var f : all) {
      assertBehind(f.points(), allBehind(p -> readings.entriesBehind(f, period, p, 2)), period);
    }
    var kinds = readings.kindSums(period);
    for (var f : kinds) {
      assertBehind(f.points(), allBehind(p -> readings.entriesBehind(f, period, p, 2)), period);
    }
    for (var f : readings.issued(period)) {
      assertBehind(f.points(), allBehind(p -> readings.entriesBehind(f, period, p, 2)), period);
    }
    for (var f : readings.consumed(period)) {
      assertBehind(f.points(), allBehind(p -> readings.entriesBehind(f, period, p, 2)), period);
    }
    for (var f : readings.expired(period)) {
      assertBehind(f.points(), allBehind(p -> readings.entriesBehind(f, period, p, 2)), period);
    }
    // the kind sums are the account sums rolled up, and the whole ledger sums to zero
    assertThat(
            kinds.stream()
                .collect(
                    Collectors.toMap(
                        k -> List.of(k.accountKind(), k.entryKind()), k -> k.points())))
        .isEqualTo(
            all.stream()
                .collect(
                    Collectors.toMap(
                        s -> List.of(s.account().kind(), s.entryKind()),
                        s -> s.points(),
                        Long::sum)));
    assertThat(kinds.stream().mapToLong(LedgerFigures.KindSum::points).sum()).isZero();
  }

  /** Every page of entries behind a figure, following the keyset until a short page. */
  private static List<LedgerFigures.EntryShare> allBehind(
      LongFunction<List<LedgerFigures.EntryShare>> page) {
    List<LedgerFigures.EntryShare> all = new ArrayList<>();
    long after = 0;
    while (true) {
      List<LedgerFigures.EntryShare> rows = page.apply(after);
      all.addAll(rows);
      if (rows.size() < 2) {
        return all;
      }
      after = rows.get(rows.size() - 1).entryId();
    }
  }

  private static void assertBehind(
      long figure, List<LedgerFigures.EntryShare> behind, BookedPeriod period) {
    assertThat(behind).isNotEmpty();
    assertThat(behind.stream().mapToLong(LedgerFigures.EntryShare::points).sum()).isEqualTo(figure);
    assertThat(behind)
        .allSatisfy(
            s -> {
              assertThat(s.bookedAt()).isAfterOrEqualTo(period.from()).isBefore(period.to());
            });
    assertThat(behind.stream().map(LedgerFigures.EntryShare::entryId).distinct().count())
        .isEqualTo(behind.size());
  }

  private long memberAccount(long member) {
    return number("select id from ledger_account where kind = 'MEMBER' and member_id = " + member);
  }

  private static void assertClean(LedgerCheckReport report) {
    assertThat(report.discrepancies()).isEmpty();
  }

  private long remainingOfLotOf(long creditEntryId) {
    return number(
        "select coalesce(sum(points_remaining), 0) from points_lot where credit_entry_id = "
            + creditEntryId);
  }

  private long newTenant() throws Exception {
    tx.begin();
    long mall = number("select coalesce(min(id), 0) from mall");
    long id = number("select nextval('atrium_seq')");
    String code = "T" + id;
    em.createNativeQuery(
            "insert into tenant (id, mall_id, code, name, category, status, created_at)"
                + " values (?1, ?2, ?3, ?4, 'FASHION', 'ACTIVE', now())")
        .setParameter(1, id)
        .setParameter(2, mall)
        .setParameter(3, code)
        .setParameter(4, "Test tenant " + code)
        .executeUpdate();
    accounts.openTenantAccounts(id);
    tx.commit();
    return id;
  }

  private long newMember() throws Exception {
    tx.begin();
    long id = number("select nextval('atrium_seq')");
    em.createNativeQuery(
            "insert into member (id, phone, card_number, name, language, tier, status,"
                + " terms_accepted_at, registered_at) values (?1, ?2, ?3, 'Test', 'zh', 'STANDARD',"
                + " 'ACTIVE', now(), now())")
        .setParameter(1, id)
        .setParameter(2, "139" + String.format("%08d", id % 100_000_000))
        .setParameter(3, CardNumber.forMember(id).value())
        .executeUpdate();
    accounts.openMemberAccount(id);
    tx.commit();
    return id;
  }

  private long sumOfLines(long member) {
    return number(
        "select coalesce(sum(l.points), 0) from journal_line l join ledger_account a on a.id ="
            + " l.account_id where a.kind = 'MEMBER' and a.member_id = "
            + member);
  }

  private long sumOfOpenLots(long member) {
    return number(
        "select coalesce(sum(p.points_remaining), 0) from points_lot p join ledger_account a on"
            + " a.id = p.member_account_id where a.member_id = "
            + member);
  }

  private long unbalancedEntries() {
    return number(
        "select count(*) from (select entry_id from journal_line group by entry_id"
            + " having sum(points) <> 0) x");
  }

  private long number(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}
