package com.atrium.care;

import com.atrium.audit.AuditLog;
import com.atrium.member.MemberContact;
import com.atrium.member.MemberDirectory;
import com.atrium.member.PhoneNumber;
import com.atrium.notification.Outbox;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A member's new phone, confirmed by a one-time code (docs/members.md): the desk asks for the
 * change, the code goes to the new phone through the outbox ({@code PHONE_CHANGE_CODE}), and the
 * phone changes only when the desk enters that code within {@link #VALID} and {@link
 * PhoneChange#MAX_ATTEMPTS} tries. A phone another member holds is refused before anything is
 * written. A new request replaces the member's pending one. Audited.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_SERVICE})
public class PhoneChanges {

  static final Duration VALID = Duration.ofMinutes(10);
  static final String KIND = "PHONE_CHANGE_CODE";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB MemberDirectory members;
  @EJB Outbox outbox;
  @EJB AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  public PendingPhone request(long memberId, String phone) {
    PhoneNumber to = PhoneNumber.parse(phone);
    MemberContact member =
        members
            .contact(memberId)
            .orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND", "No member"));
    if (member.phone().digits().equals(to.digits())) {
      throw DomainException.invalid(
          "PHONE_UNCHANGED", "phone", "This is already the member's phone");
    }
    if (members.byPhone(to).isPresent()) {
      throw MemberDirectory.phoneTaken(to);
    }
    Instant now = clock.now();
    pending(memberId).ifPresent(p -> p.cancel(now));
    PhoneChange change =
        new PhoneChange(memberId, to.digits(), caller.name(), now, now.plus(VALID));
    em.persist(change);
    em.flush();
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    change.code(code);
    outbox.queueCodeToPhone(
        KIND,
        to.digits(),
        "phone-change-" + change.id(),
        member.language(),
        code,
        VALID.toMinutes());
    audit.record(
        "PHONE_CHANGE_REQUESTED",
        "MEMBER",
        memberId,
        Map.of("phone", member.phone().masked()),
        Map.of("newPhone", to.masked(), "change", change.id()));
    return view(change);
  }

  /** Enters the code of the member's pending change; the try counts whatever its outcome. */
  public PhoneConfirmation confirm(long memberId, String code) {
    PhoneChange change =
        pending(memberId)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "PHONE_CHANGE_NOT_FOUND", "No phone change waits for a code"));
    PhoneNumber to = new PhoneNumber(change.newPhone());
    PhoneCodeOutcome outcome = change.enter(code, clock.now());
    if (outcome == PhoneCodeOutcome.CONFIRMED) {
      // taken meanwhile by another member: refused here, the try rolls back with it
      String before = members.changePhone(memberId, to);
      audit.record(
          "MEMBER_PHONE_CHANGED",
          "MEMBER",
          memberId,
          Map.of("phone", before),
          Map.of("phone", to.masked(), "change", change.id()));
    }
    return new PhoneConfirmation(outcome, change.attemptsLeft(), to.masked());
  }

  /** The member's change waiting for its code, if any. */
  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public Optional<PendingPhone> pendingOf(long memberId) {
    return pending(memberId).map(PhoneChanges::view);
  }

  private Optional<PhoneChange> pending(long memberId) {
    return em.createNamedQuery("PhoneChange.pendingOfMember", PhoneChange.class)
        .setParameter("member", memberId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private static PendingPhone view(PhoneChange c) {
    return new PendingPhone(
        c.id(), new PhoneNumber(c.newPhone()).masked(), c.expiresAt(), c.attemptsLeft());
  }
}
