package com.atrium.parking;

import com.atrium.earning.MallSale;
import com.atrium.platform.Clock;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the till's result card says of parking: whether the sale just booked unlocked free parking
 * minutes for today. The sale's own answer cannot say it (earning sits below parking), so the till
 * asks here right after it: the day's same-day spend in the sale's mall with and without this sale,
 * through the thresholds of the day, as the quote at the exit will see it (receipts a settlement
 * used, and refunds, do not count; nothing once the member's one spend grant of the day is used). A
 * few indexed reads; no effect.
 */
@Stateless
@RolesAllowed(Roles.MERCHANT_ASSISTANT)
public class ParkingAtTill {

  @EJB ParkingBook book;
  @EJB MallRegistry malls;
  @Inject MallConfiguration configuration;
  @Inject ParkingConfiguration parking;
  @Inject Clock clock;

  /** The minutes this sale added to today's spend minutes, and the day's spend with it. */
  public record Unlocked(int minutes, int totalMinutes, BigDecimal spendToday) {}

  /** Empty when the sale unlocked no minutes (or is not today's, or the grant is used). */
  public Optional<Unlocked> unlockedBy(long memberId, String tenantCode, long saleId) {
    String mallCode = configuration.mallOfTenant(tenantCode);
    Optional<MallSummary> mall =
        malls.malls().stream().filter(m -> m.code().equals(mallCode)).findFirst();
    if (mall.isEmpty()) {
      return Optional.empty();
    }
    ParkingTerms terms = parking.terms(mall.get().id(), mall.get().code());
    Instant now = clock.now();
    LocalDate day = now.atZone(terms.zone()).toLocalDate();
    if (book.spendGrantUsed(memberId, day)) {
      return Optional.empty();
    }
    List<MallSale> sales = book.unusedSales(terms, memberId, day, now);
    Optional<MallSale> sale = sales.stream().filter(s -> s.saleId() == saleId).findFirst();
    if (sale.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal with = sales.stream().map(MallSale::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal without = with.subtract(sale.get().amount());
    int after = terms.perksOn(day).extraMinutesFor(with);
    int before = terms.perksOn(day).extraMinutesFor(without);
    return after > before
        ? Optional.of(new Unlocked(after - before, after, with.setScale(2)))
        : Optional.empty();
  }
}
