package com.atrium.parking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How far back parking's copy of the sales ({@link ParkingSale}) reaches: {@code
 * atrium.parking.sale-copy-days} (1 to 31; V57 copied 32 days). A sale is copied when it occurred
 * within the window as it was recorded, and only rows older than the window are purged, so the copy
 * holds every sale that occurred from the window's start on.
 */
@ApplicationScoped
public class SaleCopyWindow {

  static final int MAX_DAYS = 31;

  private final Duration length;

  @Inject
  SaleCopyWindow(
      @ConfigProperty(name = "atrium.parking.sale-copy-days", defaultValue = "3") int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalStateException(
          "atrium.parking.sale-copy-days must be 1-" + MAX_DAYS + ", not " + days);
    }
    this.length = Duration.ofDays(days);
  }

  /** For CDI's proxy only. */
  protected SaleCopyWindow() {
    this.length = Duration.ofDays(MAX_DAYS);
  }

  Instant start(Instant now) {
    return now.minus(length);
  }

  /** Whether the copy holds every sale that occurred from {@code from} on. */
  boolean covers(Instant from, Instant now) {
    return !from.isBefore(start(now));
  }
}
