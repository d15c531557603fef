package com.atrium.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import com.atrium.testing.Samples;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

  private static final Instant T = Instant.parse("2026-11-23T02:00:00Z");

  @Test
  void aTransferAlwaysBalances() {
    Samples.forAll(
        r -> Samples.between(r, 1, Long.MAX_VALUE / 2),
        points -> {
          JournalEntry e =
              JournalEntry.transfer(EntryKind.EARN, T, T, 1L, 2L, "Sale R1", 10, 20, points);
          assertThat(e.sum()).isZero();
          assertThat(e.lines()).extracting(JournalLine::points).containsExactly(-points, points);
        });
  }

  @Test
  void aCreditFromTwoIssuersAndItsSpreadReversalBalance() {
    Samples.forAll(
        r -> new long[] {Samples.between(r, 0, 1_000_000), Samples.between(r, 1, 1_000_000)},
        p -> {
          var from = new LinkedHashMap<Long, Long>();
          if (p[0] > 0) {
            from.put(20L, p[0]);
          }
          from.put(30L, p[1]);
          JournalEntry credit =
              JournalEntry.gather(EntryKind.EARN, T, T, 1L, 2L, "Sale R1", from, 10);
          assertThat(credit.sum()).isZero();
          assertThat(credit.lines()).last().extracting(JournalLine::points).isEqualTo(p[0] + p[1]);
          JournalEntry back = JournalEntry.reversalSpread(credit, T, "Refund", 10, from);
          assertThat(back.sum()).isZero();
          assertThat(back.kind()).isEqualTo(EntryKind.REVERSAL);
          assertThat(back.lines())
              .first()
              .extracting(JournalLine::points)
              .isEqualTo(-(p[0] + p[1]));
        });
    assertThatThrownBy(
            () -> JournalEntry.gather(EntryKind.EARN, T, T, 1L, 2L, "x", Map.of(20L, 0L), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> JournalEntry.gather(EntryKind.EARN, T, T, 1L, 2L, "x", Map.of(10L, 5L), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesEmptyOrNegativeTransfers() {
    assertThatThrownBy(() -> JournalEntry.transfer(EntryKind.EARN, T, T, 1L, 2L, "x", 10, 20, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JournalEntry.transfer(EntryKind.EARN, T, T, 1L, 2L, "x", 10, 20, -5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMemberAccountNeverGoesBelowZero() {
    LedgerAccount account = LedgerAccount.ofMember(7);
    account.post(100);
    account.post(-100);
    assertThat(account.balance()).isZero();
    assertThatThrownBy(() -> account.post(-1))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("INSUFFICIENT_POINTS");
    assertThat(account.balance()).isZero();
  }

  @Test
  void onlyMemberAccountsKeepAStoredBalance() {
    LedgerAccount issuance = LedgerAccount.ofTenant(AccountKind.TENANT_ISSUANCE, 3);
    issuance.post(-500);
    assertThat(issuance.balance()).isZero();
  }

  @Test
  void aLotKnowsWhenItHasExpired() {
    PointsLot lot = new PointsLot(1, 2, 7L, 3, 50, T, T.plusSeconds(60));
    assertThat(lot.isExpiredAt(T.plusSeconds(59))).isFalse();
    assertThat(lot.isExpiredAt(T.plusSeconds(60))).isTrue();
    assertThatThrownBy(() -> new PointsLot(1, 2, 7L, 3, 50, T, T))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
