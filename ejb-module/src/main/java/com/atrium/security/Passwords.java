package com.atrium.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Password hashing with Jakarta Security's PBKDF2: HMAC-SHA256, 600,000 iterations, 32-byte salt
 * and key, stored as {@code PBKDF2WithHmacSHA256:600000:<salt>:<hash>}. Every check costs the same,
 * whether there is a stored hash to check against or not; the checks running at a time are counted
 * (the login's {@link VerificationBulkhead} caps them; the counts show that it does).
 */
@ApplicationScoped
public class Passwords {

  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  static final int ITERATIONS = 600_000;
  static final int SALT_BYTES = 32;
  static final int KEY_BYTES = 32;

  @Inject Pbkdf2PasswordHash hash;

  private String decoy;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();

  @PostConstruct
  void init() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
            "Pbkdf2PasswordHash.SaltSizeBytes", Integer.toString(SALT_BYTES),
            "Pbkdf2PasswordHash.KeySizeBytes", Integer.toString(KEY_BYTES)));
    decoy = decoyHash(new SecureRandom());
  }

  /**
   * A stored value of the same parameters as every real one, with a random salt and a random key
   * that no password derives: checking against it costs exactly what a real check costs.
   */
  static String decoyHash(SecureRandom random) {
    byte[] salt = new byte[SALT_BYTES];
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(salt);
    random.nextBytes(key);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + ITERATIONS
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(key);
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  /** True when the password matches; a missing password or hash costs a full check all the same. */
  public boolean verify(String password, String stored) {
    boolean usable = password != null && stored != null;
    boolean matches = check(usable ? password : "", usable ? stored : decoy);
    return usable && matches;
  }

  /**
   * Spends the time of one verification for a username that does not exist, so that response times
   * do not tell which usernames exist.
   */
  public void verifyDecoy(String password) {
    check(password == null ? "" : password, decoy);
  }

  /** Checks running now. */
  public int running() {
    return running.get();
  }

  /** The most checks that ever ran at the same time since start. */
  public int peakRunning() {
    return peak.get();
  }

  private boolean check(String password, String stored) {
    peak.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      return hash.verify(password.toCharArray(), stored);
    } finally {
      running.decrementAndGet();
    }
  }
}
