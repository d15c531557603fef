package com.atrium.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.audit.AuditLog;
import com.atrium.earning.Channel;
import com.atrium.member.MemberReference;
import com.atrium.member.MemberService;
import com.atrium.member.MemberStatus;
import com.atrium.member.MemberSummary;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.security.CurrentCaller;
import com.atrium.tenant.Category;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantStatus;
import com.atrium.tenant.TenantView;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The mall scope of {@link RewardService}, {@link RedemptionService#redeemAtDesk} and {@link
 * MemberFlagService#resolve} by id, the paths the portal cannot reach with another mall's id (its
 * rows come from the scoped lists): the services run without a container, on stand-ins for the
 * caller, the tenants, the audit log and an entity manager that finds by id. Malls 1 and 2; the
 * caller is confined to mall 1.
 */
class MallScopedServicesTest {

  static final Instant NOW = Instant.parse("2026-03-01T06:30:00Z");
  static final long MALL_1 = 1;
  static final long MALL_2 = 2;

  final Map<Long, Object> rows = new HashMap<>();
  final List<String> audited = new ArrayList<>();

  final Reward groupWide = reward(101, "GROUP", null, null);
  final Reward ofMall1 = reward(102, "M1", null, MALL_1);
  final Reward ofMall2 = reward(103, "M2", null, MALL_2);
  final Reward ofTenantOfMall2 = reward(104, "T2", 22L, MALL_2);

  @Test
  void anotherMallsRewardIsNotFoundByIdOrCodeAndNotChanged() {
    RewardService service = rewards(Optional.of(MALL_1));
    for (Reward other : List.of(ofMall2, ofTenantOfMall2)) {
      assertNotFound(() -> service.get(other.id()), "REWARD_NOT_FOUND");
      assertNotFound(() -> service.requireByCode(other.code()), "REWARD_NOT_FOUND");
      assertNotFound(
          () -> service.update(other.id(), draft(other.code(), null, null)), "REWARD_NOT_FOUND");
      assertNotFound(() -> service.retire(other.id()), "REWARD_NOT_FOUND");
      assertThat(other.status()).isEqualTo("ACTIVE");
      assertThat(other.name()).isEqualTo("Reward " + other.code());
    }
    assertThat(service.get(groupWide.id()).code()).isEqualTo("GROUP");
    assertThat(service.requireByCode("m1").mallId()).isEqualTo(MALL_1);
    assertThat(audited).isEmpty();
  }

  @Test
  void aGroupWideRewardIsChangedOnlyByAGroupWideOperator() {
    RewardService oneMall = rewards(Optional.of(MALL_1));
    for (Runnable change :
        List.<Runnable>of(
            () -> oneMall.update(groupWide.id(), draft("GROUP", null, null)),
            () -> oneMall.retire(groupWide.id()))) {
      assertThatThrownBy(change::run)
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                assertThat(e.code()).isEqualTo("GROUP_SCOPE_REQUIRED");
              });
    }
    assertThat(groupWide.name()).isEqualTo("Reward GROUP");
    assertThat(groupWide.status()).isEqualTo("ACTIVE");
    assertThat(audited).isEmpty();

    RewardService group = rewards(Optional.empty());
    assertThat(group.update(groupWide.id(), draft("GROUP", null, MALL_2)).mallId())
        .isEqualTo(MALL_2);
    assertThat(group.retire(ofMall1.id()).status()).isEqualTo("RETIRED");
    assertThat(audited).containsExactly("REWARD_UPDATED 101", "REWARD_RETIRED 102");
  }

  @Test
  void aOneMallOperatorsChangesStayAtItsMallAndATenantsRewardAtItsTenantsMall() {
    RewardService oneMall = rewards(Optional.of(MALL_1));
    assertThat(oneMall.update(ofMall1.id(), draft("M1", null, MALL_2)).mallId()).isEqualTo(MALL_1);
    assertThat(oneMall.update(ofMall1.id(), draft("M1", 11L, null)).mallId()).isEqualTo(MALL_1);
    // a tenant of another mall is, for this caller, no tenant at all
    assertThatThrownBy(() -> oneMall.update(ofMall1.id(), draft("M1", 22L, null)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("TENANT_NOT_FOUND"));
    assertThat(ofMall1.providerTenantId()).isEqualTo(11L);

    RewardService group = rewards(Optional.empty());
    assertThat(group.update(groupWide.id(), draft("GROUP", 22L, MALL_1)).mallId())
        .isEqualTo(MALL_2);
  }

  @Test
  void aOneMallDeskCannotRedeemAnotherMallsRewardAndBooksNothing() {
    List<Long> booked = new ArrayList<>();
    RedemptionService desk = new RedemptionService();
    desk.rewards = rewards(Optional.of(MALL_1));
    desk.caller = caller(Optional.of(MALL_1));
    desk.members =
        new MemberService() {
          @Override
          public MemberSummary require(long memberId) {
            return new MemberSummary(
                memberId,
                "88000000011",
                "138****0011",
                "Li",
                null,
                "zh",
                "STANDARD",
                MemberStatus.ACTIVE);
          }

          @Override
          public MemberSummary require(MemberReference reference) {
            return require(11);
          }
        };
    desk.book =
        new RedemptionBook() {
          @Override
          public RedemptionReceipt redeem(
              long rewardId,
              long memberId,
              Channel channel,
              String client,
              String idempotencyKey,
              ExactlyOnce.Attempt attempt) {
            booked.add(rewardId);
            return null;
          }
        };
    assertNotFound(() -> desk.redeemAtDesk(ofMall2.id(), 11), "REWARD_NOT_FOUND");
    assertNotFound(() -> desk.redeemAtDesk(ofTenantOfMall2.id(), 11), "REWARD_NOT_FOUND");
    assertThat(booked).isEmpty();
    desk.redeemAtDesk(groupWide.id(), 11);
    desk.redeemAtDesk(ofMall1.id(), 11);
    assertThat(booked).containsExactly(101L, 102L);
  }

  @Test
  void aOneMallOperatorResolvesOnlyItsMallsFlags() {
    MemberFlag ofMall2Flag = flag(201, MALL_2);
    MemberFlag ofMall1Flag = flag(202, MALL_1);
    MemberFlagService flags = new MemberFlagService();
    flags.em = findingOnly();
    flags.audit = auditLog();
    flags.caller = caller(Optional.of(MALL_1));
    flags.clock = clock();

    assertNotFound(() -> flags.resolve(ofMall2Flag.id()), "FLAG_NOT_FOUND");
    assertThat(ofMall2Flag.resolvedAt()).isNull();
    assertThat(flags.resolve(ofMall1Flag.id()).resolvedAt()).isEqualTo(NOW);
    assertThat(audited).containsExactly("MEMBER_FLAG_RESOLVED 11");
  }

  private RewardService rewards(Optional<Long> callerMall) {
    RewardService service = new RewardService();
    service.em = findingOnly();
    service.audit = auditLog();
    service.caller = caller(callerMall);
    service.clock = clock();
    service.malls =
        new MallRegistry() {
          @Override
          public Optional<MallSummary> mall(long id) {
            return Optional.of(new MallSummary(id, "M" + id, "Mall " + id));
          }
        };
    // tenant 11 is at mall 1, tenant 22 at mall 2; a one-mall caller sees only its mall's
    service.tenants =
        new TenantService() {
          @Override
          public Optional<TenantView> find(long id) {
            long mall = id == 11 ? MALL_1 : MALL_2;
            return callerMall.isPresent() && callerMall.get() != mall
                ? Optional.empty()
                : Optional.of(
                    new TenantView(
                        id, mall, "T" + id, "Tenant", Category.FOOD_BEVERAGE, TenantStatus.ACTIVE));
          }
        };
    return service;
  }

  private static Clock clock() {
    return new Clock() {
      @Override
      public Instant now() {
        return NOW;
      }
    };
  }

  private AuditLog auditLog() {
    return new AuditLog() {
      @Override
      public void record(
          String action, String subject, Object subjectId, Map<String, ?> b, Map<String, ?> a) {
        audited.add(action + " " + subjectId);
      }
    };
  }

  /** A one-mall operator of {@code mall}, or a group-wide one when empty. */
  private static CurrentCaller caller(Optional<Long> mall) {
    return new CurrentCaller() {
      @Override
      public Optional<Long> mallId() {
        return mall;
      }

      @Override
      public Optional<Long> tenantId() {
        return Optional.empty();
      }

      @Override
      public String name() {
        return "desk";
      }
    };
  }

  private static void assertNotFound(Runnable call, String code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
              assertThat(e.code()).isEqualTo(code);
            });
  }

  private static RewardDraft draft(String code, Long provider, Long mall) {
    return new RewardDraft(
        code,
        "Changed " + code,
        null,
        100,
        10,
        1,
        NOW.minusSeconds(86_400),
        NOW.plusSeconds(86_400),
        30,
        provider,
        mall);
  }

  private Reward reward(long id, String code, Long provider, Long mall) {
    Reward r =
        new Reward(
            new RewardDraft(
                code,
                "Reward " + code,
                null,
                100,
                10,
                1,
                NOW.minusSeconds(86_400),
                NOW.plusSeconds(86_400),
                30,
                provider,
                null),
            mall,
            NOW);
    rows.put(id, withId(r, id));
    return r;
  }

  private MemberFlag flag(long id, long mall) {
    MemberFlag f = MemberFlag.refundUnrecovered(11, 5, 300 + id, mall, "refund", NOW);
    rows.put(id, withId(f, id));
    return f;
  }

  private static <T> T withId(T entity, long id) {
    try {
      var field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Finds the rows above by id (and a reward by code); flush is a no-op; nothing else. */
  private EntityManager findingOnly() {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "find" ->
                      ((Class<?>) args[0]).isInstance(rows.get((Long) args[1]))
                          ? rows.get((Long) args[1])
                          : null;
                  case "flush" -> null;
                  case "createNamedQuery" -> byCode();
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** The named query Reward.byCode: its parameter chooses among the rewards above. */
  private jakarta.persistence.TypedQuery<?> byCode() {
    String[] code = new String[1];
    return (jakarta.persistence.TypedQuery<?>)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {jakarta.persistence.TypedQuery.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "setParameter" -> {
                    code[0] = (String) args[1];
                    yield proxy;
                  }
                  case "getResultStream" ->
                      rows.values().stream()
                          .filter(r -> r instanceof Reward w && w.code().equals(code[0]));
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
