package com.atrium.security;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a person's username and password for the portal and keeps the lockout bookkeeping. A
 * refusal commits its bookkeeping (it is an answer, not an exception). Refusals do not say whether
 * the username exists or the account is disabled; only a running lock is told as such.
 */
@Stateless
public class PortalLogin {

  private static final Logger LOG = Logger.getLogger(PortalLogin.class.getName());

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Passwords passwords;
  @Inject LoginGate gate;
  @Inject Clock clock;
  @Inject CurrentCaller caller;
  @EJB AuditLog audit;

  @Inject
  @ConfigProperty(name = "atrium.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "atrium.login.lockout-minutes", defaultValue = "15")
  long lockoutMinutes;

  /** What a login attempt came to. */
  public sealed interface Outcome extends Serializable
      permits Accepted, Refused, Locked, Throttled {}

  /**
   * In: who the person is and which roles they hold; with {@code mustChangePassword} they may do
   * nothing but choose their own password (an admin set the one they used).
   */
  public record Accepted(
      String username,
      String displayName,
      Set<String> roles,
      Long tenantId,
      boolean mustChangePassword)
      implements Outcome {}

  /** Wrong username, wrong password or a disabled account; deliberately the same answer. */
  public record Refused() implements Outcome {}

  /** The account is locked for this many more minutes (rounded up). */
  public record Locked(long minutes) implements Outcome {}

  /**
   * Not checked: too many attempts from this client address, or too many checks running; try again
   * after this many seconds.
   */
  public record Throttled(long retryAfterSeconds) implements Outcome {}

  public LockoutPolicy policy() {
    return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockoutMinutes));
  }

  /**
   * Checks the credentials of an attempt from {@code clientAddress}, after the {@link LoginGate}
   * admitted it: the wait for a check happens before this transaction touches the database.
   */
  public Outcome logIn(String username, String password, String clientAddress) {
    LoginGate.Admission admission = gate.admit(clientAddress);
    if (admission instanceof LoginGate.TurnedAway away) {
      return new Throttled(away.retryAfterSeconds());
    }
    try (LoginGate.Admitted admitted = (LoginGate.Admitted) admission) {
      return check(username, password, admitted);
    }
  }

  private Outcome check(String username, String password, LoginGate.Admitted admitted) {
    Instant now = clock.now();
    Optional<AppUser> found = find(username);
    if (found.isEmpty()) {
      passwords.verifyDecoy(password);
      return new Refused();
    }
    AppUser user = found.get();
    if (user.isLockedAt(now)) {
      gate.notFailed(admitted); // no password was checked
      return new Locked(LockoutPolicy.minutesLeft(now, user.lockedUntil().orElseThrow()));
    }
    boolean correct = passwords.verify(password, user.passwordHash());
    if (!correct) {
      user.recordFailure(now, policy());
      if (user.isLockedAt(now)) {
        LOG.warning(() -> "Account " + user.username() + " locked after repeated failed logins");
        return new Locked(LockoutPolicy.minutesLeft(now, user.lockedUntil().orElseThrow()));
      }
      return new Refused();
    }
    if (!user.isEnabled()) {
      return new Refused();
    }
    user.recordSuccess(now);
    gate.notFailed(admitted);
    return new Accepted(
        user.username(),
        user.displayName(),
        user.roles(),
        user.tenantId().orElse(null),
        user.mustChangePassword());
  }

  /**
   * The signed-in person replaces their password: the current one proves it is them, the new one
   * passes {@link PasswordPolicy} and differs from it. Clears the obligation an admin's reset set.
   */
  @PermitAll
  public void changeOwnPassword(String current, String chosen) {
    try (VerificationBulkhead.Permit permit =
        gate.enterCheck()
            .orElseThrow(
                () ->
                    DomainException.conflict(
                        "PASSWORD_CHECKS_BUSY",
                        "Too many password checks at the moment; try again in "
                            + gate.retryAfter().toSeconds()
                            + " s"))) {
      changeOwnPasswordChecked(current, chosen);
    }
  }

  private void changeOwnPasswordChecked(String current, String chosen) {
    AppUser user =
        find(caller.name())
            .orElseThrow(() -> DomainException.notFound("USER_NOT_FOUND", "Not a person's login"));
    if (!passwords.verify(current, user.passwordHash())) {
      throw DomainException.invalid(
          "CURRENT_PASSWORD_WRONG", "currentPassword", "The current password is not right");
    }
    if (chosen != null && chosen.equals(current)) {
      throw DomainException.invalid(
          "PASSWORD_UNCHANGED", "password", "The new password must differ from the current one");
    }
    PasswordPolicy.require(chosen);
    var before = user.snapshot();
    user.changeOwnPassword(passwords.hash(chosen));
    audit.record("USER_PASSWORD_CHANGED", "app_user", user.id(), before, user.snapshot());
  }

  private Optional<AppUser> find(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    List<AppUser> users =
        em.createNamedQuery("AppUser.byUsername", AppUser.class)
            .setParameter("username", username.trim())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    return users.stream().findFirst();
  }
}
