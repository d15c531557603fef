package com.atrium.it.arquillian;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.ledger.HistoryRow;
import com.atrium.ledger.LedgerService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ledger service inside the real WAR on Payara Micro against PostgreSQL: postings balance,
 * concurrent credits to one member serialise on its account row, and the stored balance always
 * equals the sum of the member's lines and of its open lots.
 */
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
class LedgerIT {

  @Deployment
  static WebArchive atrium() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("atrium.war")))
        .addClasses(LedgerIT.class, FreshDatabase.class, com.atrium.it.TestDatabase.class)
        .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
  }

  /** The jar a test library class was loaded from, to ship it inside the deployment. */
  static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Inject LedgerService ledger;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Resource UserTransaction tx;

  @Resource ManagedExecutorService executor;

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
    assertThat(ledger.balanceOf(member)).isEqualTo(640);
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

    var history = ledger.historyOf(member, 10);
    assertThat(history.balance()).isEqualTo(157);
    assertThat(history.rows())
        .extracting(HistoryRow::description, HistoryRow::points, HistoryRow::runningBalance)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Sale H3", 7L, 157L),
            org.assertj.core.groups.Tuple.tuple("Sale H2", 50L, 150L),
            org.assertj.core.groups.Tuple.tuple("Sale H1", 100L, 100L));
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
    ledger.openTenantAccounts(id);
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
        .setParameter(3, com.atrium.member.CardNumber.forMember(id).value())
        .executeUpdate();
    ledger.openMemberAccount(id);
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
