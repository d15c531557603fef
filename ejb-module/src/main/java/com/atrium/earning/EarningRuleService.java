package com.atrium.earning;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.Database;
import com.atrium.platform.DomainException;
import com.atrium.platform.Sha256;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The versions of the earning rules: which one is in force at an instant, publishing a new one
 * (audited; history is never edited) and the campaign budgets they charge.
 */
@Stateless
public class EarningRuleService {

  /** A version may start a little in the past (a slow form), never reach back further. */
  static final Duration BACKDATE_TOLERANCE = Duration.ofMinutes(5);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @EJB Database database;

  /** Parsed rule sets by version id: a version never changes, so its parse never goes stale. */
  private static final Map<Long, EarningRuleSet> PARSED = new ConcurrentHashMap<>();

  /** The rules of a version, parsed once per JVM (every sale needs them). */
  @PermitAll
  public EarningRuleSet rulesOf(EarningRuleVersion version) {
    return PARSED.computeIfAbsent(version.id(), id -> version.rules());
  }

  /** The version in force at that instant: the highest whose window contains it. */
  @PermitAll
  public Optional<EarningRuleVersion> inForceAt(Instant at) {
    return em.createNamedQuery("EarningRuleVersion.inForceAt", EarningRuleVersion.class)
        .setParameter("at", at)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_MARKETING, Roles.OPERATOR_FINANCE})
  public List<EarningRuleVersion> versions() {
    return em.createNamedQuery("EarningRuleVersion.all", EarningRuleVersion.class).getResultList();
  }

  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_MARKETING, Roles.OPERATOR_FINANCE})
  public Optional<EarningRuleVersion> version(int number) {
    return em.createNamedQuery("EarningRuleVersion.byNumber", EarningRuleVersion.class)
        .setParameter("version", number)
        .getResultStream()
        .findFirst();
  }

  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_MARKETING, Roles.OPERATOR_FINANCE})
  public List<CampaignBudget> budgets() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select code, budget, spent from campaign_budget order by code")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new CampaignBudget(
                    (String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
        .toList();
  }

  /**
   * Publishes a new version of the rules, in force from {@code from} (not in the past) until {@code
   * to} (null: until a later version). Its campaigns' budgets are set to the new amounts; what they
   * have spent stays. Audited with the version it supersedes at {@code from}.
   */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_MARKETING})
  public EarningRuleVersion publish(EarningRuleSet rules, Instant from, Instant to, String note) {
    Instant now = clock.now();
    if (from == null
        || from.isBefore(now.minus(BACKDATE_TOLERANCE))
        || from.isAfter(Campaign.LATEST)) {
      throw DomainException.invalid(
          "EFFECTIVE_FROM_INVALID",
          "effectiveFrom",
          "A new version starts now or later (before the year 10000); recorded sales keep the rules"
              + " they were given");
    }
    Optional<EarningRuleVersion> before = inForceAt(from);
    EarningRuleVersion version =
        add(
            rules,
            from,
            to,
            note == null || note.isBlank() ? null : note.trim(),
            caller.name(),
            now);
    audit.record(
        "EARNING_RULES_PUBLISHED",
        "EarningRuleSet",
        version.version(),
        before.map(EarningRuleService::describe).orElse(null),
        describe(version));
    return version;
  }

  /**
   * Seeds version 1 from the configured defaults when no version exists yet. Idempotent: a second
   * instance starting at the same time loses at the unique version number and finds it there.
   */
  @PermitAll
  public boolean seedIfNone(EarningRuleSet defaults, Instant from) {
    long existing =
        em.createNamedQuery("EarningRuleVersion.latestNumber", Number.class)
            .getSingleResult()
            .longValue();
    if (existing > 0) {
      return false;
    }
    EarningRuleVersion version =
        add(defaults, from, null, "Defaults from tenant-config", "system", clock.now());
    audit.record(
        "EARNING_RULES_SEEDED", "EarningRuleSet", version.version(), null, describe(version));
    return true;
  }

  private EarningRuleVersion add(
      EarningRuleSet rules, Instant from, Instant to, String note, String by, Instant now) {
    int number =
        em.createNamedQuery("EarningRuleVersion.latestNumber", Number.class)
                .getSingleResult()
                .intValue()
            + 1;
    EarningRuleVersion version = new EarningRuleVersion(number, from, to, rules, note, by, now);
    em.persist(version);
    for (Campaign c : rules.campaigns()) {
      int updated =
          em.createNativeQuery("update campaign_budget set budget = ?1 where code = ?2")
              .setParameter(1, c.budget())
              .setParameter(2, c.code())
              .executeUpdate();
      if (updated == 0) {
        em.createNativeQuery("insert into campaign_budget (code, budget, spent) values (?1, ?2, 0)")
            .setParameter(1, c.code())
            .setParameter(2, c.budget())
            .executeUpdate();
      }
    }
    em.flush();
    return version;
  }

  /**
   * Takes {@code points} from the campaign's budget if they fit, in one conditional update: of two
   * concurrent sales that would together exceed it, the second waits for the first's row lock and
   * then finds it no longer fits.
   */
  @PermitAll
  public boolean charge(String campaign, long points) {
    return em.createNativeQuery(
                "update campaign_budget set spent = spent + ?1 where code = ?2 and spent + ?1 <= budget")
            .setParameter(1, points)
            .setParameter(2, campaign)
            .executeUpdate()
        == 1;
  }

  /** Gives back what {@link #charge} took in this same transaction (the sale was re-evaluated). */
  @PermitAll
  public void release(String campaign, long points) {
    em.createNativeQuery("update campaign_budget set spent = spent - ?1 where code = ?2")
        .setParameter(1, points)
        .setParameter(2, campaign)
        .executeUpdate();
  }

  @PermitAll
  public void recordCharge(String campaign, long entryId, long points) {
    String next =
        "oracle".equals(database.vendorName()) ? "atrium_seq.nextval" : "nextval('atrium_seq')";
    em.createNativeQuery(
            "insert into campaign_charge (id, campaign_code, journal_entry_id, points)"
                + " values ("
                + next
                + ", ?1, ?2, ?3)")
        .setParameter(1, campaign)
        .setParameter(2, entryId)
        .setParameter(3, points)
        .executeUpdate();
  }

  static Map<String, Object> describe(EarningRuleVersion v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", v.version());
    m.put("effectiveFrom", v.effectiveFrom());
    m.put("effectiveTo", v.effectiveTo());
    m.put("note", v.note());
    // audit_event keeps at most 4000 characters per state; the version row itself is immutable,
    // so a large rule set is referenced by its version and digest instead of copied
    String json = v.rulesJson();
    if (json.length() <= 3000) {
      m.put("rules", json);
    } else {
      m.put("rulesSha256", Sha256.hex(json));
    }
    return m;
  }
}
