package com.atrium.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time source; one place to ask "now". Truncated to microseconds, the precision the databases
 * keep, so that an instant read back equals the one written.
 */
@ApplicationScoped
public class Clock {
  public Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
