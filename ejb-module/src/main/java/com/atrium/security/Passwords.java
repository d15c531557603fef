package com.atrium.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashing with Jakarta Security's PBKDF2: HMAC-SHA256, 600,000 iterations, 32-byte salt
 * and key, stored as {@code PBKDF2WithHmacSHA256:600000:<salt>:<hash>}.
 */
@ApplicationScoped
public class Passwords {

  @Inject Pbkdf2PasswordHash hash;

  private volatile String decoy;

  @PostConstruct
  void init() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String stored) {
    return password != null && stored != null && hash.verify(password.toCharArray(), stored);
  }

  /**
   * Spends the time of one verification for a username that does not exist, so that response times
   * do not tell which usernames exist.
   */
  public void verifyDecoy(String password) {
    if (decoy == null) {
      decoy = hash("decoy-password-0");
    }
    verify(password == null ? "" : password, decoy);
  }
}
