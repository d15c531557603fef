package com.atrium.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PointsLotTest {

  private static final Instant EARNED = Instant.parse("2026-05-01T04:00:00Z");
  private static final Instant EXPIRES = Instant.parse("2027-12-31T16:00:00Z");

  private static PointsLot lot(long points) {
    return new PointsLot(1, 2, 7L, 3, points, EARNED, EXPIRES);
  }

  @Test
  void consumesAndRestoresWithinWhatItEarned() {
    PointsLot lot = lot(100);
    lot.consume(60);
    assertThat(lot.pointsRemaining()).isEqualTo(40);
    lot.restore(60, EARNED.plusSeconds(1));
    assertThat(lot.pointsRemaining()).isEqualTo(100);
  }

  @Test
  void refusesToGiveMoreThanItHoldsOrTakeBackMoreThanItEarned() {
    PointsLot lot = lot(100);
    assertThatThrownBy(() -> lot.consume(101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lot.consume(0)).isInstanceOf(IllegalArgumentException.class);
    lot.consume(10);
    assertThatThrownBy(() -> lot.restore(11, EARNED)).isInstanceOf(IllegalArgumentException.class);
    assertThat(lot.pointsRemaining()).isEqualTo(90);
  }

  @Test
  void anExpiredLotTakesNothingBack() {
    PointsLot lot = lot(100);
    lot.consume(10);
    assertThat(lot.isExpiredAt(EXPIRES)).isTrue();
    assertThat(lot.isExpiredAt(EXPIRES.minusNanos(1000))).isFalse();
    assertThatThrownBy(() -> lot.restore(10, EXPIRES)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMemberAccountRefusesToOverdrawUnlessThePolicyAllowsIt() {
    LedgerAccount account = LedgerAccount.ofMember(7);
    account.post(50);
    assertThatThrownBy(() -> account.post(-51))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("INSUFFICIENT_POINTS");
    assertThat(account.balance()).isEqualTo(50);
    account.post(-80, Overdraft.ALLOW_NEGATIVE);
    assertThat(account.balance()).isEqualTo(-30);
    account.post(10); // a credit while negative repays the debt
    assertThat(account.balance()).isEqualTo(-20);
  }
}
