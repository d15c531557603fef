package com.atrium.notification;

import com.atrium.member.MemberContact;
import com.atrium.member.MemberDirectory;
import com.atrium.member.PhoneNumber;
import com.atrium.platform.Clock;
import com.atrium.platform.Database;
import com.atrium.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox's transactions: queueing messages (each at most once per member and business
 * reference, the unique key being the last word) and sending due ones through the channel. Called
 * by the jobs, which have no caller: it reads members directly rather than through MemberService.
 */
@Stateless
@PermitAll
public class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Instance<NotificationChannel> channel;
  @EJB Database database;
  @EJB MemberDirectory members;
  @Inject Clock clock;

  /**
   * Queues the expiry reminders not queued before, rendered in each member's language; returns how
   * many it queued. A reminder queued concurrently by another instance makes this transaction fail
   * at the unique key; the caller retries it, and then skips that reminder.
   */
  public int queueExpiryReminders(List<ExpiryReminders.Due> due, Instant now) {
    if (due.isEmpty()) {
      return 0;
    }
    Set<String> queued = new HashSet<>();
    List<Long> memberIds = due.stream().map(ExpiryReminders.Due::memberId).distinct().toList();
    @SuppressWarnings("unchecked")
    List<Object[]> existing =
        em.createNamedQuery("OutboxMessage.referencesOf")
            .setParameter("kind", OutboxMessage.EXPIRY_REMINDER)
            .setParameter("members", memberIds)
            .getResultList();
    for (Object[] row : existing) {
      queued.add(row[0] + "|" + row[1]);
    }
    int n = 0;
    for (ExpiryReminders.Due d : due) {
      if (!queued.add(d.memberId() + "|" + d.reference())) {
        continue;
      }
      MemberContact member = members.contact(d.memberId()).orElse(null);
      if (member == null || !member.active()) {
        continue;
      }
      String language = Templates.languageOf(member.language());
      em.persist(
          new OutboxMessage(
              OutboxMessage.EXPIRY_REMINDER,
              member.id(),
              d.reference(),
              language,
              Templates.expiryReminder(language, member.name(), d.points(), d.lastValidDay()),
              now));
      n++;
    }
    em.flush();
    return n;
  }

  /**
   * Queues the one-time code of a partner link to the member, in the caller's transaction and the
   * member's language; {@code reference} is new for every code sent.
   */
  public void queuePartnerLinkCode(
      long memberId, String reference, String partnerName, String code, long validMinutes) {
    MemberContact member = members.contact(memberId).orElseThrow();
    String language = Templates.languageOf(member.language());
    em.persist(
        new OutboxMessage(
            OutboxMessage.PARTNER_LINK_CODE,
            memberId,
            reference,
            language,
            Templates.partnerLinkCode(language, partnerName, code, validMinutes),
            clock.now()));
  }

  /**
   * Queues a notice to a staff phone (not a member) in the caller's transaction, once per kind,
   * recipient and reference: answers false, queueing nothing, when it was queued before.
   */
  public boolean queueNotice(String kind, String recipient, String reference, Rendered text) {
    PhoneNumber to = PhoneNumber.parse(recipient);
    long queued =
        em.createNamedQuery("OutboxMessage.noticeCount", Long.class)
            .setParameter("kind", kind)
            .setParameter("recipient", to.digits())
            .setParameter("reference", reference)
            .getSingleResult();
    if (queued > 0) {
      return false;
    }
    em.persist(OutboxMessage.notice(kind, to.digits(), reference, "zh", text, clock.now()));
    return true;
  }

  /**
   * Sends up to {@code max} due messages (PENDING, next attempt reached), claimed with {@code for
   * update skip locked} so that two instances never send the same message; returns how many it
   * claimed. A delivery that throws is retried later ({@link Backoff}).
   */
  public int dispatchBatch(Instant now, int max) {
    boolean oracle = "oracle".equals(database.vendorName());
    String sql =
        "select o.id from notification_outbox o where o.status = 'PENDING' and o.next_attempt_at <= ?1"
            + (oracle
                ? " and rownum <= " + max + " for update skip locked"
                : " order by o.next_attempt_at, o.id fetch first "
                    + max
                    + " rows only for update skip locked");
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(sql).setParameter(1, Timestamp.from(now)).getResultList();
    for (Number id : ids) {
      OutboxMessage message = em.find(OutboxMessage.class, id.longValue());
      em.refresh(message);
      try {
        PhoneNumber to =
            message.memberId() == null
                ? PhoneNumber.parse(message.recipient())
                : members
                    .contact(message.memberId())
                    .orElseThrow(() -> new IllegalStateException("member no longer exists"))
                    .phone();
        channel
            .get()
            .send(to, new Rendered(message.subject(), message.body()), "atrium-" + message.id());
        message.sent(clock.now());
      } catch (RuntimeException e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        message.failed(clock.now(), PhoneNumber.maskAll(error));
        LOG.log(
            Level.WARNING,
            () ->
                "Message " + message.id() + " not delivered (attempt " + message.attempts() + ")");
      }
    }
    return ids.size();
  }

  /**
   * The outbox as administrators read it, newest first: every message (one-time codes included,
   * which is how the quick start's codes are read without a gateway), phones masked; of one status
   * when {@code status} is given.
   */
  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public List<OutboxEntry> recent(OutboxStatus status, int offset, int limit) {
    var query =
        em.createQuery(
                "select o from OutboxMessage o"
                    + (status == null ? "" : " where o.status = :status")
                    + " order by o.createdAt desc, o.id desc",
                OutboxMessage.class)
            .setFirstResult(Math.max(0, offset))
            .setMaxResults(Math.max(1, Math.min(limit, 200)));
    if (status != null) {
      query.setParameter("status", status);
    }
    List<OutboxMessage> messages = query.getResultList();
    List<Long> memberIds =
        messages.stream().map(OutboxMessage::memberId).filter(Objects::nonNull).distinct().toList();
    Map<Long, String> phones = new HashMap<>();
    for (Long m : memberIds) {
      members.contact(m).ifPresent(c -> phones.put(m, c.phone().masked()));
    }
    return messages.stream()
        .map(
            m ->
                OutboxEntry.of(
                    m,
                    m.memberId() == null
                        ? PhoneNumber.parse(m.recipient()).masked()
                        : phones.getOrDefault(m.memberId(), "")))
        .toList();
  }

  /** A member's messages, newest first (operator view). */
  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public List<MessageView> ofMember(long memberId, int limit) {
    return em
        .createNamedQuery("OutboxMessage.ofMember", OutboxMessage.class)
        .setParameter("member", memberId)
        .setMaxResults(Math.max(1, Math.min(limit, 200)))
        .getResultList()
        .stream()
        .map(MessageView::of)
        .toList();
  }

  /**
   * Queues a one-time code of any purpose ({@code kind}, e.g. WIFI_CODE: templates {@code
   * code.<kind>.subject/body}) to the member, in the caller's transaction and the member's
   * language; {@code reference} is new for every code sent.
   */
  public void queueOneTimeCode(
      long memberId, String kind, String reference, String code, long validMinutes) {
    MemberContact member = members.contact(memberId).orElseThrow();
    String language = Templates.languageOf(member.language());
    em.persist(
        new OutboxMessage(
            kind,
            memberId,
            reference,
            language,
            Templates.oneTimeCode(language, kind, code, validMinutes),
            clock.now()));
  }

  /**
   * Queues a one-time code ({@code kind}: templates {@code code.<kind>.subject/body}) to a phone
   * that is no member's yet (a member's new phone, docs/members.md), in the caller's transaction
   * and the given language; {@code reference} is new for every code sent.
   */
  public void queueCodeToPhone(
      String kind, String phone, String reference, String language, String code, long minutes) {
    String lang = Templates.languageOf(language);
    em.persist(
        OutboxMessage.notice(
            kind,
            PhoneNumber.parse(phone).digits(),
            reference,
            lang,
            Templates.oneTimeCode(lang, kind, code, minutes),
            clock.now()));
  }
}
