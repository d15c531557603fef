package com.atrium.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.time.Instant;
import com.atrium.testing.Samples;
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
    PointsLot lot = new PointsLot(1, 2, 3, 50, T, T.plusSeconds(60));
    assertThat(lot.isExpiredAt(T.plusSeconds(59))).isFalse();
    assertThat(lot.isExpiredAt(T.plusSeconds(60))).isTrue();
    assertThatThrownBy(() -> new PointsLot(1, 2, 3, 50, T, T))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
