package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.earning.EarningRuleSet;
import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Rows a test makes for itself, each with a fresh unique name so that tests never depend on each
 * other, on their order, or on the demo seed. Everything goes through {@link ItDatabase}.
 */
public final class Fixtures {

  /** Password of every user made here; it satisfies the password policy. */
  public static final String PASSWORD = "Fixture#2026pw";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Fixtures() {}

  /** A short random suffix, upper case letters and digits. */
  public static String unique() {
    String s = Long.toString(Math.abs(RANDOM.nextLong()), 36).toUpperCase(Locale.ROOT);
    return s.substring(0, Math.min(8, s.length()));
  }

  public record TenantRow(long id, String code, String name) {}

  public record PosKey(String keyId, String secret, TenantRow tenant) {}

  public record UserRow(long id, String username, String password) {}

  /** A mall to hang tenants on: the seeded one if there is one, else a new one. */
  public static long mall() {
    ItDatabase db = RunningAtrium.database();
    return db.row("select id from mall order by id")
        .map(r -> ((Number) r.get("id")).longValue())
        .orElseGet(
            () -> {
              long id = db.nextId();
              db.update(
                  "insert into mall (id, code, name, zone_id, created_at) values (?, ?, ?, ?, ?)",
                  id,
                  "IT" + unique(),
                  "IT mall",
                  "Asia/Shanghai",
                  Instant.now());
              return id;
            });
  }

  public static TenantRow tenant() {
    ItDatabase db = RunningAtrium.database();
    long id = db.nextId();
    String code = "T" + unique();
    String name = "测试店 Test store " + code;
    db.update(
        "insert into tenant (id, mall_id, code, name, category, status, created_at)"
            + " values (?, ?, ?, ?, 'FOOD_BEVERAGE', 'ACTIVE', ?)",
        id,
        mall(),
        code,
        name,
        Instant.now());
    for (String kind : new String[] {"TENANT_ISSUANCE", "TENANT_REDEMPTION", "TENANT_CAMPAIGN"}) {
      db.update(
          "insert into ledger_account (id, kind, tenant_id, balance, version) values (?, ?, ?, 0, 0)",
          db.nextId(),
          kind,
          id);
    }
    return new TenantRow(id, code, name);
  }

  /** A new tenant with an enabled POS key. */
  public static PosKey posKey() {
    TenantRow tenant = tenant();
    String keyId = "pos-" + tenant.code().toLowerCase(Locale.ROOT);
    String secret = "it-secret-" + unique() + unique();
    RunningAtrium.database()
        .update(
            "insert into api_client (key_id, kind, tenant_id, enabled, created_at)"
                + " values (?, 'POS', ?, true, ?)",
            keyId,
            tenant.id(),
            Instant.now());
    addSecret(keyId, 1, secret);
    return new PosKey(keyId, secret, tenant);
  }

  /** A machine key of any kind and its one secret. */
  public record MachineKey(String keyId, String secret, String kind) {}

  /**
   * A new enabled key of {@code kind}: a POS key on a new tenant, a car park or WiFi controller key
   * on the mall, a partner key for a new partner code.
   */
  public static MachineKey machineKey(String kind) {
    if (kind.equals("POS")) {
      PosKey pos = posKey();
      return new MachineKey(pos.keyId(), pos.secret(), kind);
    }
    String keyId = kind.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + unique();
    String secret = "it-secret-" + unique() + unique();
    String partnerCode = kind.equals("PARTNER") ? partner("P" + unique()) : null;
    RunningAtrium.database()
        .update(
            "insert into api_client (key_id, kind, mall_id, partner_code, enabled, created_at)"
                + " values (?, ?, ?, ?, true, ?)",
            keyId,
            kind,
            kind.equals("PARTNER") ? null : mall(),
            partnerCode,
            Instant.now());
    addSecret(keyId, 1, secret);
    return new MachineKey(keyId, secret, kind);
  }

  /** A new active, postpaid partner of the whole group without an agreement; returns its code. */
  public static String partner(String code) {
    RunningAtrium.database()
        .update(
            "insert into partner (id, code, name, kind, status, settlement_mode, deposit_balance,"
                + " created_at) values (?, ?, ?, 'OTHER', 'ACTIVE', 'POSTPAID', 0, ?)",
            RunningAtrium.database().nextId(),
            code,
            "IT partner " + code,
            Instant.now());
    return code;
  }

  /** A key of an existing partner and its one secret. */
  public static MachineKey partnerKey(String partnerCode) {
    String keyId = "partner-" + unique().toLowerCase(Locale.ROOT);
    String secret = "it-secret-" + unique() + unique();
    RunningAtrium.database()
        .update(
            "insert into api_client (key_id, kind, partner_code, enabled, created_at)"
                + " values (?, 'PARTNER', ?, true, ?)",
            keyId,
            partnerCode,
            Instant.now());
    addSecret(keyId, 1, secret);
    return new MachineKey(keyId, secret, "PARTNER");
  }

  /** Adds a secret to a key directly in the database, as a rotation on another instance would. */
  public static void addSecret(String keyId, int secretNo, String secret) {
    RunningAtrium.database()
        .update(
            "insert into api_client_secret (key_id, secret_no, secret, created_at)"
                + " values (?, ?, ?, ?)",
            keyId,
            secretNo,
            secret,
            Instant.now());
  }

  public static UserRow operator(String role) {
    return user(null, Set.of(role));
  }

  public static UserRow assistant(long tenantId) {
    return user(tenantId, Set.of("MERCHANT_ASSISTANT"));
  }

  /** A tenant's manager: its clearing statements and disputes. */
  public static UserRow manager(long tenantId) {
    return user(tenantId, Set.of("MERCHANT_MANAGER"));
  }

  /** The id of a mall of the demo data set (XH, CD). */
  public static long mallId(String code) {
    return RunningAtrium.database()
        .row("select id from mall where code = ?", code)
        .map(r -> ((Number) r.get("id")).longValue())
        .orElseThrow(() -> new IllegalStateException("no mall " + code));
  }

  /** An operator login confined to one mall. */
  public static UserRow mallOperator(String role, long mallId) {
    UserRow user = user(null, Set.of(role));
    RunningAtrium.database()
        .update("update app_user set mall_id = ? where id = ?", mallId, user.id());
    return user;
  }

  /** A user with {@link #PASSWORD}, hashed the way Atrium stores it. */
  public static UserRow user(Long tenantId, Set<String> roles) {
    ItDatabase db = RunningAtrium.database();
    long id = db.nextId();
    String username = "it-" + unique().toLowerCase(Locale.ROOT);
    db.update(
        "insert into app_user (id, username, password_hash, display_name, tenant_id, created_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        id,
        username,
        pbkdf2(PASSWORD),
        "IT " + username,
        tenantId,
        Instant.now());
    for (String role : roles) {
      db.update("insert into app_user_role (user_id, role) values (?, ?)", id, role);
    }
    return new UserRow(id, username, PASSWORD);
  }

  /**
   * Jakarta Security's Pbkdf2PasswordHash format. Fewer iterations than production (the stored
   * value says how many), so that test logins stay fast.
   */
  public static String pbkdf2(String password) {
    int iterations = 1024;
    byte[] salt = new byte[32];
    RANDOM.nextBytes(salt);
    try {
      KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
      byte[] hash =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return "PBKDF2WithHmacSHA256:"
          + iterations
          + ":"
          + Base64.getEncoder().encodeToString(salt)
          + ":"
          + Base64.getEncoder().encodeToString(hash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every journal entry sums to zero points: the ledger's first invariant, after a test's writes.
   */
  public static void assertLedgerBalanced() {
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from (select entry_id from journal_line group by entry_id"
                        + " having sum(points) <> 0) x"))
        .as("journal entries that do not sum to zero")
        .isZero();
  }

  /** Base rate 1 and nothing else but the daily cap (null: none). */
  public static EarningRuleSet baseRateOne(Long dailyCap) {
    return new EarningRuleSet(
        BigDecimal.ONE,
        BigDecimal.ZERO,
        null,
        dailyCap,
        Map.of(),
        Map.of(),
        Map.of(),
        BigDecimal.ONE,
        Set.of(),
        List.of());
  }

  /**
   * Publishes {@code rules} as one mall's version, in force from {@code from} on; the other malls
   * never see it. The next version number is taken again when another test's publication took it.
   */
  public static synchronized void publishRules(long mallId, EarningRuleSet rules, Instant from) {
    ItDatabase db = RunningAtrium.database();
    for (int attempt = 1; ; attempt++) {
      int version =
          (int) db.longValue("select coalesce(max(version), 0) + 1 from earning_rule_set");
      try {
        db.update(
            "insert into earning_rule_set (id, version, mall_id, effective_from, rules, note,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, 'IT', 'it', ?)",
            db.nextId(),
            version,
            mallId,
            Timestamp.from(from),
            rules.toJson(),
            Timestamp.from(Instant.now()));
        return;
      } catch (RuntimeException taken) {
        if (attempt == 3) {
          throw taken;
        }
      }
    }
  }
}
