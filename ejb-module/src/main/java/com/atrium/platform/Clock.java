package com.atrium.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The time source; one place to ask "now", so that tests of the domain can pass their own. */
@ApplicationScoped
public class Clock {
  public Instant now() {
    return Instant.now();
  }
}
