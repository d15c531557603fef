package com.atrium.wifi;

import com.atrium.ledger.LedgerPostings;
import com.atrium.member.MemberDirectory;
import com.atrium.member.MemberSummary;
import com.atrium.member.PhoneNumber;
import com.atrium.notification.Outbox;
import com.atrium.partner.PartnerRights;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The transactions of {@link WifiGate}, each for the mall it is given (the gate takes it from the
 * signing key): codes, the proof of a code (a wrong one's attempt is committed), authorisations
 * with their log line, accounting reports with the day's visit, and the purge of old detail.
 */
@Stateless
@PermitAll
public class WifiBook {

  static final String CODE_KIND = "WIFI_CODE";
  private static final Pattern CODE = Pattern.compile("\\d{6}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB MemberDirectory members;
  @EJB Outbox outbox;
  @EJB LedgerPostings ledger;
  @EJB MallRegistry malls;
  @EJB WifiKeys keys;
  @EJB PartnerRights rights;
  @Inject MallConfiguration configuration;
  @Inject WifiSettings settings;
  @Inject Clock clock;

  /**
   * A new code for the phone, sent through the outbox when the phone is an active member's; a phone
   * that is no member's gets a code row too (nothing sent), so both answer alike, and both count
   * against the hourly limit per phone and per device.
   */
  public CodeReceipt requestCode(long mallId, String phone, String mac, String accessPoint) {
    PhoneNumber number = PhoneNumber.parse(phone);
    MacAddress device = MacAddress.parse(mac);
    WifiPolicy policy = policy(mallId);
    Instant now = clock.now();
    String phoneHash = keys.hash("phone", number.digits());
    String macHash = keys.hash("mac", device.value());
    Instant hourAgo = now.minus(Duration.ofHours(1));
    long byPhone =
        em.createNamedQuery("WifiCode.sentToPhoneSince", Long.class)
            .setParameter("mall", mallId)
            .setParameter("phone", phoneHash)
            .setParameter("since", hourAgo)
            .getSingleResult();
    long byDevice =
        em.createNamedQuery("WifiCode.sentToDeviceSince", Long.class)
            .setParameter("mall", mallId)
            .setParameter("mac", macHash)
            .setParameter("since", hourAgo)
            .getSingleResult();
    if (byPhone >= policy.codesPerHour() || byDevice >= policy.codesPerHour()) {
      throw DomainException.conflict(
          "WIFI_CODE_RATE_LIMITED", "Too many codes asked for this phone or device; try later");
    }
    Optional<MemberSummary> member = members.byPhone(number).filter(MemberSummary::isActive);
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    WifiCode row =
        new WifiCode(
            mallId,
            phoneHash,
            macHash,
            member.map(MemberSummary::id).orElse(null),
            codeHash(mallId, phoneHash, code),
            now);
    em.persist(row);
    em.flush();
    member.ifPresent(
        m ->
            outbox.queueOneTimeCode(
                m.id(), CODE_KIND, "wifi-" + row.id(), code, WifiCode.VALIDITY.toMinutes()));
    return CodeReceipt.sent();
  }

  /** The outcome of a presented code, and the member it proves when it is right. */
  public record CodeCheck(WifiCode.Proof proof, Long memberId, String macHash) {}

  /**
   * Checks the latest code of the phone in this mall; a wrong one counts as an attempt, committed
   * with this transaction (the gate then refuses). No code at all answers as a wrong one.
   */
  public CodeCheck proveCode(long mallId, String phone, String code, String mac, String ap) {
    PhoneNumber number = PhoneNumber.parse(phone);
    MacAddress device = MacAddress.parse(mac);
    if (code == null || !CODE.matcher(code).matches()) {
      throw DomainException.invalid("WIFI_CODE_INVALID", "code", "The code is 6 digits");
    }
    String phoneHash = keys.hash("phone", number.digits());
    String macHash = keys.hash("mac", device.value());
    Instant now = clock.now();
    Optional<WifiCode> latest =
        em.createNamedQuery("WifiCode.latest", WifiCode.class)
            .setParameter("mall", mallId)
            .setParameter("phone", phoneHash)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (latest.isEmpty()) {
      em.persist(
          WifiAuthorisation.refused(
              mallId, null, WifiAuthorisation.Method.CODE, macHash, ap, "CODE_WRONG", now));
      return new CodeCheck(WifiCode.Proof.WRONG, null, macHash);
    }
    WifiCode row = em.find(WifiCode.class, latest.get().id(), LockModeType.PESSIMISTIC_WRITE);
    WifiCode.Proof proof = row.prove(codeHash(mallId, phoneHash, code), now);
    if (proof != WifiCode.Proof.PROVED) {
      em.persist(
          WifiAuthorisation.refused(
              mallId,
              row.memberId(),
              WifiAuthorisation.Method.CODE,
              macHash,
              ap,
              "CODE_" + proof.name(),
              now));
    }
    return new CodeCheck(proof, row.memberId(), macHash);
  }

  /** The member a device is remembered for in this mall, if it still is. */
  public OptionalLong rememberedMember(long mallId, String mac) {
    String macHash = keys.hash("mac", MacAddress.parse(mac).value());
    return em.createNamedQuery("WifiDevice.byMac", WifiDevice.class)
        .setParameter("mall", mallId)
        .setParameter("mac", macHash)
        .getResultStream()
        .findFirst()
        .map(d -> d.memberAt(clock.now()))
        .orElse(OptionalLong.empty());
  }

  /** A granted authorisation, or why it was refused (both are logged and committed). */
  public sealed interface Outcome permits Granted, Refused {}

  public record Granted(Authorised authorised) implements Outcome {}

  public record Refused(String reason) implements Outcome {}

  /**
   * Authorises the member's device: the tier's grant, refused when today's quota in this mall is
   * used up (until the next business day). Remembers the device when asked, unless its MAC is
   * randomised; a remembered device's login extends its memory.
   */
  public Outcome authorise(
      long mallId,
      long memberId,
      WifiAuthorisation.Method method,
      String mac,
      String accessPoint,
      boolean remember) {
    MacAddress device = MacAddress.parse(mac);
    String macHash = keys.hash("mac", device.value());
    Instant now = clock.now();
    MemberSummary member = members.summary(memberId).filter(MemberSummary::isActive).orElse(null);
    if (member == null) {
      em.persist(
          WifiAuthorisation.refused(
              mallId, memberId, method, macHash, accessPoint, "MEMBER_INACTIVE", now));
      return new Refused("MEMBER_INACTIVE");
    }
    WifiPolicy policy = policy(mallId);
    WifiGrant grant =
        policy.grant(
            member.tier(),
            usedOnDay(memberId, mallId, today(mallId, now)),
            rights.perksAt(memberId, now).wifiExtraMb());
    if (grant.quotaUsedUp()) {
      em.persist(
          WifiAuthorisation.refused(
              mallId, memberId, method, macHash, accessPoint, "QUOTA_USED_UP", now));
      return new Refused("QUOTA_USED_UP");
    }
    Instant rememberedUntil = null;
    boolean keep =
        !device.isRandomised()
            && policy.rememberDays() > 0
            && (remember || method == WifiAuthorisation.Method.REMEMBERED);
    if (keep) {
      WifiDevice d =
          em.createNamedQuery("WifiDevice.byMac", WifiDevice.class)
              .setParameter("mall", mallId)
              .setParameter("mac", macHash)
              .setLockMode(LockModeType.PESSIMISTIC_WRITE)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (d == null) {
        d = new WifiDevice(mallId, macHash, memberId, now, policy.remembered());
        em.persist(d);
        ExactlyOnce.flush(em);
      } else {
        d.rememberFor(memberId, now, policy.remembered());
      }
      rememberedUntil = d.rememberedUntil();
    }
    em.persist(
        WifiAuthorisation.granted(mallId, memberId, method, macHash, accessPoint, grant, now));
    return new Granted(
        new Authorised(
            method.name(),
            member.maskedPhone(),
            grant.tier(),
            grant.sessionMinutes(),
            grant.upKbps(),
            grant.downKbps(),
            grant.quotaBytes(),
            grant.remainingBytes(),
            keep,
            rememberedUntil));
  }

  /** An accounting report, one attempt of {@link ExactlyOnce} (by mall and acct session id). */
  public AccountingReceipt account(
      long mallId,
      String acctSessionId,
      WifiSession.Report kind,
      String mac,
      long inputBytes,
      long outputBytes,
      long sessionSeconds) {
    String macHash = keys.hash("mac", MacAddress.parse(mac).value());
    Instant now = clock.now();
    WifiSession session =
        em.createNamedQuery("WifiSession.byAcctId", WifiSession.class)
            .setParameter("mall", mallId)
            .setParameter("acct", acctSessionId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (session == null) {
      long memberId =
          em.createNamedQuery("WifiAuthorisation.lastGranted", Long.class)
              .setParameter("mall", mallId)
              .setParameter("mac", macHash)
              .setParameter("since", now.minus(Duration.ofDays(1)))
              .setMaxResults(1)
              .getResultStream()
              .findFirst()
              .orElseThrow(
                  () ->
                      DomainException.notFound(
                          "WIFI_SESSION_UNKNOWN",
                          "No authorisation of this device today; authorise it first"));
      session = new WifiSession(mallId, acctSessionId, memberId, macHash, today(mallId, now), now);
      em.persist(session);
      ExactlyOnce.flush(em);
    }
    session.report(kind, inputBytes, outputBytes, sessionSeconds, now);
    WifiPolicy policy = policy(mallId);
    boolean visit = visitOf(session, mallId, policy, now);
    long used = usedOnDay(session.memberId(), mallId, session.businessDay());
    String tier = members.summary(session.memberId()).map(MemberSummary::tier).orElse("");
    WifiGrant grant =
        policy.grant(tier, used, rights.perksAt(session.memberId(), now).wifiExtraMb());
    return new AccountingReceipt(
        acctSessionId,
        used,
        grant.quotaBytes(),
        grant.remainingBytes(),
        grant.quotaUsedUp() && !session.stopped(),
        visit);
  }

  /**
   * Records the member's visit of the day when this session is the first with enough dwell, and
   * grants its operator-funded points within the monthly cap; answers whether it did so now.
   */
  private boolean visitOf(WifiSession session, long mallId, WifiPolicy policy, Instant now) {
    if (!policy.isVisit(session.sessionSeconds())) {
      return false;
    }
    LocalDate day = session.businessDay();
    long visits =
        em.createNamedQuery("WifiVisit.count", Long.class)
            .setParameter("member", session.memberId())
            .setParameter("mall", mallId)
            .setParameter("day", day)
            .getSingleResult();
    if (visits > 0) {
      return false;
    }
    long withPoints =
        em.createNamedQuery("WifiVisit.pointsBetween", Long.class)
            .setParameter("member", session.memberId())
            .setParameter("from", day.withDayOfMonth(1))
            .setParameter("to", day.withDayOfMonth(day.lengthOfMonth()))
            .getSingleResult();
    long points =
        policy.visitPoints() > 0 && withPoints < policy.visitMonthlyCap()
            ? policy.visitPoints()
            : 0;
    // a racing report of another session loses at the visit's unique key, and its transaction,
    // grant included, rolls back (ExactlyOnce then retries it and finds the visit)
    Long entry = null;
    if (points > 0) {
      entry =
          ledger
              .grantFromOperator(
                  session.memberId(),
                  mallId,
                  points,
                  now,
                  "WiFi visit " + malls.require(mallId).code() + " " + day)
              .entryId();
    }
    em.persist(new WifiVisit(mallId, session.memberId(), day, session.id(), points, entry, now));
    ExactlyOnce.flush(em);
    return true;
  }

  /** Deletes codes older than a day and log and accounting detail older than {@code before}. */
  /** Deletes the codes older than a day (every mall's). */
  public int purgeCodes() {
    return em.createNamedQuery("WifiCode.purge")
        .setParameter("before", clock.now().minus(Duration.ofDays(1)))
        .executeUpdate();
  }

  /** Deletes the mall's authorisation log and accounting detail from before {@code before}. */
  public int purge(long mallId, Instant before) {
    int n =
        em.createNamedQuery("WifiAuthorisation.purge")
            .setParameter("mall", mallId)
            .setParameter("before", before)
            .executeUpdate();
    n +=
        em.createNamedQuery("WifiSession.purge")
            .setParameter("mall", mallId)
            .setParameter("before", before)
            .executeUpdate();
    return n;
  }

  private long usedOnDay(long memberId, long mallId, LocalDate day) {
    Number used =
        em.createNamedQuery("WifiSession.usedOnDay", Number.class)
            .setParameter("member", memberId)
            .setParameter("mall", mallId)
            .setParameter("day", day)
            .getSingleResult();
    return used == null ? 0 : used.longValue();
  }

  private WifiPolicy policy(long mallId) {
    return settings.of(malls.require(mallId).code());
  }

  private LocalDate today(long mallId, Instant now) {
    MallSummary mall = malls.require(mallId);
    return LocalDate.ofInstant(now, configuration.zoneOf(mall.code()));
  }

  private static String codeHash(long mallId, String phoneHash, String code) {
    return com.atrium.platform.Sha256.hex(mallId + "|" + phoneHash + "|" + code);
  }
}
