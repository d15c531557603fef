package com.atrium.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person who logs in to the portal: operator staff or a merchant assistant of one tenant. Keeps
 * the lockout state honest: a locked or disabled user is never let in, a lock ends by itself, and a
 * successful login clears the failure count.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = "AppUser.byUsername",
    query = "select u from AppUser u where u.username = :username")
@NamedQuery(
    name = "AppUser.assistantsOf",
    query = "select u from AppUser u where u.tenantId = :tenantId order by u.username")
public class AppUser {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "tenant_id", updatable = false)
  private Long tenantId;

  /** The one mall an operator login is confined to; null for group-wide staff and store logins. */
  @Column(name = "mall_id")
  private Long mallId;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  /** Set when an admin chose the password (creation, reset): the person must pick their own. */
  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Version private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false)
  private Set<String> roles = new TreeSet<>();

  protected AppUser() {}

  AppUser(
      String username,
      String displayName,
      String passwordHash,
      Long tenantId,
      Set<String> roles,
      Instant now) {
    this(username, displayName, passwordHash, tenantId, null, roles, now);
  }

  AppUser(
      String username,
      String displayName,
      String passwordHash,
      Long tenantId,
      Long mallId,
      Set<String> roles,
      Instant now) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.tenantId = tenantId;
    this.mallId = mallId;
    this.roles = new TreeSet<>(roles);
    this.createdAt = now;
    this.mustChangePassword = true;
  }

  /** True while a lockout is running at {@code now}. */
  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Counts a wrong password; the {@code policy.maxFailures()}-th consecutive one locks the account
   * until {@code now + policy.lockout()}. Failures during a running lock are not counted (the lock
   * does not grow while someone keeps guessing). An expired lock starts a fresh count.
   */
  public void recordFailure(Instant now, LockoutPolicy policy) {
    if (isLockedAt(now)) {
      return;
    }
    forgetExpiredLock(now);
    failedAttempts++;
    if (failedAttempts >= policy.maxFailures()) {
      lockedUntil = now.plus(policy.lockout());
    }
  }

  /** A correct password from a user who may log in: the failure count starts over. */
  public void recordSuccess(Instant now) {
    failedAttempts = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  /** Whether this user may log in now, password aside. */
  public boolean mayLogIn(Instant now) {
    return enabled && !isLockedAt(now);
  }

  private void forgetExpiredLock(Instant now) {
    if (lockedUntil != null && !lockedUntil.isAfter(now)) {
      lockedUntil = null;
      failedAttempts = 0;
    }
  }

  void enable() {
    enabled = true;
  }

  void disable() {
    enabled = false;
  }

  /**
   * An admin set a temporary password: it ends a running lock (the person asked for help) and the
   * person must replace it at their next login.
   */
  void resetPassword(String hash) {
    this.passwordHash = hash;
    this.mustChangePassword = true;
    unlock();
  }

  /** The person chose their own password. */
  void changeOwnPassword(String hash) {
    this.passwordHash = hash;
    this.mustChangePassword = false;
  }

  /** An admin ends a lockout early; the failure count starts over. */
  void unlock() {
    lockedUntil = null;
    failedAttempts = 0;
  }

  void changeRoles(Set<String> roles) {
    this.roles = new TreeSet<>(roles);
  }

  void confineTo(Long mallId) {
    this.mallId = mallId;
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", username);
    m.put("displayName", displayName);
    m.put("tenantId", tenantId);
    m.put("mallId", mallId);
    m.put("roles", roles);
    m.put("enabled", enabled);
    m.put("lockedUntil", lockedUntil);
    m.put("mustChangePassword", mustChangePassword);
    return m;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  String passwordHash() {
    return passwordHash;
  }

  public Optional<Long> tenantId() {
    return Optional.ofNullable(tenantId);
  }

  public Optional<Long> mallId() {
    return Optional.ofNullable(mallId);
  }

  public Set<String> roles() {
    return Set.copyOf(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  public Optional<Instant> lockedUntil() {
    return Optional.ofNullable(lockedUntil);
  }

  public Optional<Instant> lastLoginAt() {
    return Optional.ofNullable(lastLoginAt);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
