package com.atrium.earning;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.Database;
import com.atrium.platform.DomainException;
import com.atrium.platform.Sha256;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.Category;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import com.atrium.tenant.TierDefinition;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The versions of the earning rules, the group's and each mall's: which one a sale is evaluated
 * with, publishing a new one (audited; history is never edited) and the campaign budgets they
 * charge. A one-mall caller sees the group's rules and its mall's, and changes only its mall's.
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
  @EJB MallRegistry malls;
  @EJB TenantService tenants;
  @Inject MallConfiguration configuration;
  @Inject MultiplierLimits limits;

  /** Parsed rule sets by version id: a version never changes, so its parse never goes stale. */
  private static final Map<Long, EarningRuleSet> PARSED = new ConcurrentHashMap<>();

  /** The rules of a version, parsed once per JVM (every sale needs them). */
  @PermitAll
  public EarningRuleSet rulesOf(EarningRuleVersion version) {
    return PARSED.computeIfAbsent(version.id(), id -> version.rules());
  }

  /**
   * The version a sale in that mall at that instant is evaluated with: the mall's own highest
   * version in force, else the group's.
   */
  @PermitAll
  public Optional<EarningRuleVersion> inForceFor(long mallId, Instant at) {
    List<EarningRuleVersion> candidates =
        em.createNamedQuery("EarningRuleVersion.forMallAt", EarningRuleVersion.class)
            .setParameter("mall", mallId)
            .setParameter("at", at)
            .getResultList();
    return candidates.stream()
        .filter(v -> !v.scope().isGroup())
        .findFirst()
        .or(() -> candidates.stream().findFirst());
  }

  /** The version of exactly that scope in force at that instant, if any. */
  @PermitAll
  public Optional<EarningRuleVersion> inForceAt(RuleScope scope, Instant at) {
    var q =
        scope.isGroup()
            ? em.createNamedQuery("EarningRuleVersion.groupInForceAt", EarningRuleVersion.class)
            : em.createNamedQuery("EarningRuleVersion.mallInForceAt", EarningRuleVersion.class)
                .setParameter("mall", scope.mallId());
    return q.setParameter("at", at).setMaxResults(1).getResultStream().findFirst();
  }

  /**
   * The rules that apply in that scope now, as a starting draft or a simulation's default: a mall's
   * own version in force, else the group's.
   */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_MARKETING, Roles.OPERATOR_FINANCE})
  public Optional<RuleVersionView> current(RuleScope scope) {
    requireVisible(scope);
    Instant now = clock.now();
    Optional<EarningRuleVersion> v =
        scope.isGroup() ? inForceAt(RuleScope.GROUP, now) : inForceFor(scope.mallId(), now);
    return v.map(version -> view(version, mallsById(), true));
  }

  /**
   * Every version the caller may see, newest first: a one-mall caller sees the group's and its
   * mall's.
   */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_MARKETING, Roles.OPERATOR_FINANCE})
  public List<RuleVersionView> versions() {
    Optional<Long> mall = caller.mallId();
    List<EarningRuleVersion> all =
        mall.isPresent()
            ? em.createNamedQuery("EarningRuleVersion.visibleToMall", EarningRuleVersion.class)
                .setParameter("mall", mall.get())
                .getResultList()
            : em.createNamedQuery("EarningRuleVersion.all", EarningRuleVersion.class)
                .getResultList();
    Instant now = clock.now();
    Map<Long, MallSummary> malls = mallsById();
    Map<RuleScope, Integer> inForce = new HashMap<>();
    // newest first, so the first version in force of each scope is the one it uses
    for (EarningRuleVersion v : all) {
      if (v.inForceAt(now)) {
        inForce.putIfAbsent(v.scope(), v.version());
      }
    }
    return all.stream()
        .map(v -> view(v, malls, Objects.equals(inForce.get(v.scope()), v.version())))
        .toList();
  }

  /** A version the caller may see; another mall's is not found. */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_MARKETING, Roles.OPERATOR_FINANCE})
  public Optional<RuleVersionView> version(int number) {
    return em.createNamedQuery("EarningRuleVersion.byNumber", EarningRuleVersion.class)
        .setParameter("version", number)
        .getResultStream()
        .findFirst()
        .filter(v -> v.scope().isGroup() || caller.maySeeMall(v.scope().mallId()))
        .map(
            v ->
                view(
                    v,
                    mallsById(),
                    inForceAt(v.scope(), clock.now())
                        .map(f -> f.version() == v.version())
                        .orElse(false)));
  }

  /** The scopes the caller works in: the group (group-wide staff only) and the malls it may see. */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_MARKETING, Roles.OPERATOR_FINANCE})
  public List<RuleScopeChoice> scopesOfCaller() {
    List<RuleScopeChoice> scopes = new ArrayList<>();
    if (caller.mallId().isEmpty()) {
      scopes.add(new RuleScopeChoice(RuleScope.GROUP, null, null));
    }
    for (MallSummary m : malls.malls()) {
      if (caller.maySeeMall(m.id())) {
        scopes.add(new RuleScopeChoice(RuleScope.mall(m.id()), m.code(), m.name()));
      }
    }
    return scopes;
  }

  /**
   * The scope named by a mall code (null or blank: the caller's own mall for one-mall staff, else
   * the group). A mall the caller may not see is not found.
   */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_MARKETING, Roles.OPERATOR_FINANCE})
  public RuleScope scopeOf(String mallCode) {
    if (mallCode == null || mallCode.isBlank()) {
      return caller.mallId().map(RuleScope::mall).orElse(RuleScope.GROUP);
    }
    return malls.malls().stream()
        .filter(m -> m.code().equals(mallCode.trim()) && caller.maySeeMall(m.id()))
        .findFirst()
        .map(m -> RuleScope.mall(m.id()))
        .orElseThrow(() -> DomainException.notFound("MALL_NOT_FOUND", "No mall " + mallCode));
  }

  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_MARKETING, Roles.OPERATOR_FINANCE})
  public List<CampaignBudget> budgets() {
    Optional<Long> mall = caller.mallId();
    var q =
        em.createNativeQuery(
            "select code, mall_id, budget, spent from campaign_budget"
                + (mall.isPresent() ? " where mall_id is null or mall_id = ?1" : "")
                + " order by code");
    mall.ifPresent(m -> q.setParameter(1, m));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    Map<Long, MallSummary> malls = mallsById();
    return rows.stream()
        .map(
            r ->
                new CampaignBudget(
                    (String) r[0],
                    r[1] == null ? null : malls.get(((Number) r[1]).longValue()).code(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  /**
   * Publishes a new version of the rules for a scope, in force from {@code from} (not in the past)
   * until {@code to} (null: until a later version). The group's rules are changed by group-wide
   * staff, a mall's by staff who may see that mall. Its campaigns' budgets are set to the new
   * amounts; what they have spent stays. Audited with the version it supersedes at {@code from}.
   * Refuses a category, tier or tenant code that does not exist (RULES_UNKNOWN_CODE: it would never
   * match a sale) and a multiplier above the configured maximum (MULTIPLIER_TOO_LARGE).
   */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_MARKETING})
  public RuleVersionView publish(
      RuleScope scope, EarningRuleSet rules, Instant from, Instant to, String note) {
    requireMayPublish(scope);
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
    vocabulary().requireKnown(rules);
    RulesVocabulary.requireWithin(rules, limits.maximum());
    requireFunders(scope, rules);
    Map<Long, MallSummary> malls = mallsById();
    Optional<EarningRuleVersion> before = inForceAt(scope, from);
    EarningRuleVersion version =
        add(
            scope,
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
        before.map(v -> describe(v, malls)).orElse(null),
        describe(version, malls));
    return view(version, malls, version.inForceAt(now));
  }

  /**
   * The codes rules may name: the categories, the configured tiers and every tenant of every mall
   * (a mall's draft copied from the group's keeps the other malls' tenants; they never match its
   * sales, but they are no typo).
   */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_MARKETING, Roles.OPERATOR_FINANCE})
  public RulesVocabulary vocabulary() {
    return new RulesVocabulary(
        Stream.of(Category.values()).map(Category::name).collect(Collectors.toSet()),
        configuration.tiers().stream().map(TierDefinition::code).collect(Collectors.toSet()),
        tenants.everyTenant().stream().map(TenantView::code).collect(Collectors.toSet()));
  }

  /**
   * A campaign a tenant funds names a tenant the publisher sees, of the scope's mall when the rules
   * are a mall's: its campaign account issues the points, so there must be one.
   */
  private void requireFunders(RuleScope scope, EarningRuleSet rules) {
    for (Campaign c : rules.campaigns()) {
      if (c.tenantFunded()
          && tenants
              .viewByCode(c.fundedBy())
              .map(TenantView::mallId)
              .filter(mall -> scope.isGroup() || mall == scope.mallId().longValue())
              .isEmpty()) {
        throw DomainException.invalid(
            "CAMPAIGN_FUNDER_UNKNOWN",
            "fundedBy",
            "Campaign " + c.code() + ": no tenant " + c.fundedBy() + " to fund it in this scope");
      }
    }
  }

  /**
   * Seeds the first version of a scope's rules when it has none (version 1, the group's, from the
   * configured defaults; a mall's when its configuration differs). Idempotent: a second instance
   * starting at the same time loses at the unique version number and finds it there.
   */
  @PermitAll
  public boolean seedIfNone(RuleScope scope, EarningRuleSet defaults, Instant from) {
    var q =
        em.createQuery(
            "select count(r) from EarningRuleVersion r where "
                + (scope.isGroup() ? "r.mallId is null" : "r.mallId = :mall"),
            Long.class);
    if (!scope.isGroup()) {
      q.setParameter("mall", scope.mallId());
    }
    if (q.getSingleResult() > 0) {
      return false;
    }
    EarningRuleVersion version =
        add(scope, defaults, from, null, "Defaults from tenant-config", "system", clock.now());
    audit.record(
        "EARNING_RULES_SEEDED",
        "EarningRuleSet",
        version.version(),
        null,
        describe(version, mallsById()));
    return true;
  }

  private EarningRuleVersion add(
      RuleScope scope,
      EarningRuleSet rules,
      Instant from,
      Instant to,
      String note,
      String by,
      Instant now) {
    int number =
        em.createNamedQuery("EarningRuleVersion.latestNumber", Number.class)
                .getSingleResult()
                .intValue()
            + 1;
    EarningRuleVersion version =
        new EarningRuleVersion(number, scope, from, to, rules, note, by, now);
    em.persist(version);
    for (Campaign c : rules.campaigns()) {
      @SuppressWarnings("unchecked")
      List<Object> owner =
          em.createNativeQuery("select mall_id from campaign_budget where code = ?1")
              .setParameter(1, c.code())
              .getResultList();
      if (owner.isEmpty()) {
        // a null parameter would be bound as text; the group's campaigns name no mall
        var insert =
            em.createNativeQuery(
                    "insert into campaign_budget (code, mall_id, budget, spent) values (?1, "
                        + (scope.isGroup() ? "null" : "?3")
                        + ", ?2, 0)")
                .setParameter(1, c.code())
                .setParameter(2, c.budget());
        if (!scope.isGroup()) {
          insert.setParameter(3, scope.mallId());
        }
        insert.executeUpdate();
      } else if (!Objects.equals(
          owner.get(0) == null ? null : ((Number) owner.get(0)).longValue(), scope.mallId())) {
        throw DomainException.invalid(
            "CAMPAIGN_CODE_TAKEN",
            "code",
            "Campaign "
                + c.code()
                + ": another mall's or the group's rules use this code; choose another");
      } else {
        em.createNativeQuery("update campaign_budget set budget = ?1 where code = ?2")
            .setParameter(1, c.budget())
            .setParameter(2, c.code())
            .executeUpdate();
      }
    }
    em.flush();
    return version;
  }

  private void requireVisible(RuleScope scope) {
    if (!scope.isGroup() && !caller.maySeeMall(scope.mallId())) {
      throw DomainException.notFound("MALL_NOT_FOUND", "No mall " + scope.mallId());
    }
  }

  private void requireMayPublish(RuleScope scope) {
    if (scope.isGroup()) {
      caller.requireGroupWide(
          "The group's earning rules are changed by group-wide staff; publish rules for your mall");
    } else {
      requireVisible(scope);
      malls.require(scope.mallId());
    }
  }

  private Map<Long, MallSummary> mallsById() {
    Map<Long, MallSummary> byId = new HashMap<>();
    malls.malls().forEach(m -> byId.put(m.id(), m));
    return byId;
  }

  private RuleVersionView view(
      EarningRuleVersion v, Map<Long, MallSummary> malls, boolean inForce) {
    MallSummary mall = v.scope().isGroup() ? null : malls.get(v.scope().mallId());
    return new RuleVersionView(
        v.version(),
        v.scope(),
        mall == null ? null : mall.code(),
        mall == null ? null : mall.name(),
        v.effectiveFrom(),
        v.effectiveTo(),
        v.note(),
        v.createdBy(),
        v.createdAt(),
        v.rulesJson(),
        inForce);
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

  static Map<String, Object> describe(EarningRuleVersion v, Map<Long, MallSummary> malls) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", v.version());
    m.put("scope", v.scope().isGroup() ? "GROUP" : malls.get(v.scope().mallId()).code());
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
