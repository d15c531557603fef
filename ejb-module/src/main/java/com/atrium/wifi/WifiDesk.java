package com.atrium.wifi;

import com.atrium.member.MemberDirectory;
import com.atrium.platform.Clock;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the operator portal shows of a mall's WiFi: its policy as configured, the day's
 * authorisations (members by masked card, devices by the first characters of their keyed hash,
 * never a MAC) and, on a member's page, the remembered devices and the visits. A one-mall operator
 * sees only their mall.
 */
@Stateless
@RolesAllowed({
  Roles.OPERATOR_ADMIN,
  Roles.OPERATOR_MARKETING,
  Roles.OPERATOR_FINANCE,
  Roles.OPERATOR_SERVICE
})
public class WifiDesk {

  static final int MAX_ROWS = 200;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB MallRegistry malls;
  @EJB MemberDirectory members;
  @Inject MallConfiguration configuration;
  @Inject WifiSettings settings;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** One authorisation of the day. */
  public record AuthorisationRow(
      Instant at,
      String card,
      String method,
      String result,
      String reason,
      String device,
      String accessPoint,
      Integer sessionMinutes) {}

  /** A device the member chose to remember, in one mall. */
  public record DeviceRow(String mall, String device, Instant rememberedSince, Instant until) {}

  /** A day's visit. */
  public record VisitRow(String mall, LocalDate day, long points) {}

  public MallSummary mall(Long asked) {
    Long id = caller.mallId().orElse(asked);
    return id != null ? malls.require(id) : malls.malls().get(0);
  }

  public WifiPolicy policy(Long mallId) {
    return settings.of(mall(mallId).code());
  }

  public int logRetentionDays(Long mallId) {
    return settings.logRetentionDays(mall(mallId).code());
  }

  public ZoneId zone(Long mallId) {
    return configuration.mall(mall(mallId).code()).zone();
  }

  public LocalDate today(Long mallId) {
    return clock.now().atZone(zone(mallId)).toLocalDate();
  }

  /** The mall's authorisations of the business day, newest first. */
  public List<AuthorisationRow> authorisations(Long mallId, LocalDate day) {
    MallSummary m = mall(mallId);
    ZoneId zone = zone(mallId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select created_at, member_id, method, result, reason, mac_hash, access_point,"
                    + " session_minutes from wifi_authorisation where mall_id = ?1"
                    + " and created_at >= ?2 and created_at < ?3 order by created_at desc, id desc")
            .setParameter(1, m.id())
            .setParameter(2, Timestamp.from(day.atStartOfDay(zone).toInstant()))
            .setParameter(3, Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()))
            .setMaxResults(MAX_ROWS)
            .getResultList();
    List<Long> ids =
        rows.stream()
            .map(r -> r[1])
            .filter(Objects::nonNull)
            .map(o -> ((Number) o).longValue())
            .toList();
    Map<Long, String> cards = ids.isEmpty() ? Map.of() : members.maskedCards(ids);
    List<AuthorisationRow> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          new AuthorisationRow(
              instant(r[0]),
              r[1] == null ? null : cards.get(((Number) r[1]).longValue()),
              (String) r[2],
              (String) r[3],
              (String) r[4],
              device((String) r[5]),
              (String) r[6],
              r[7] == null ? null : ((Number) r[7]).intValue()));
    }
    return out;
  }

  /** The member's devices still remembered, in every mall the caller may see. */
  public List<DeviceRow> devicesOf(long memberId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select mall_id, mac_hash, created_at, remembered_until from wifi_device"
                    + " where member_id = ?1 and remembered_until > ?2 order by created_at desc")
            .setParameter(1, memberId)
            .setParameter(2, Timestamp.from(clock.now()))
            .getResultList();
    List<DeviceRow> out = new ArrayList<>();
    for (Object[] r : rows) {
      long mall = ((Number) r[0]).longValue();
      if (caller.maySeeMall(mall)) {
        out.add(
            new DeviceRow(
                malls.require(mall).code(), device((String) r[1]), instant(r[2]), instant(r[3])));
      }
    }
    return out;
  }

  /** The member's visits (newest first, at most {@link #MAX_ROWS}) in the malls the caller sees. */
  public List<VisitRow> visitsOf(long memberId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select mall_id, business_day, points from wifi_visit where member_id = ?1"
                    + " order by business_day desc, id desc")
            .setParameter(1, memberId)
            .setMaxResults(MAX_ROWS)
            .getResultList();
    List<VisitRow> out = new ArrayList<>();
    for (Object[] r : rows) {
      long mall = ((Number) r[0]).longValue();
      if (caller.maySeeMall(mall)) {
        out.add(
            new VisitRow(
                malls.require(mall).code(),
                r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1],
                ((Number) r[2]).longValue()));
      }
    }
    return out;
  }

  /** A device as the page names it: the first 8 characters of its keyed hash (never the MAC). */
  static String device(String macHash) {
    return macHash == null ? null : macHash.substring(0, Math.min(8, macHash.length()));
  }

  private static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    return (Instant) o;
  }
}
