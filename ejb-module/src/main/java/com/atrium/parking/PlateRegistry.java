package com.atrium.parking;

import com.atrium.audit.AuditLog;
import com.atrium.member.MemberDirectory;
import com.atrium.member.MemberService;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A member's plates and plate consent: the one service the service desk uses now and the member's
 * app later. Keeps: no plate without a consent in force; at most {@code atrium.parking.max-plates}
 * plates; at most {@code atrium.parking.plate-changes-per-month} plates bound per calendar month
 * (the mall zone's); a plate bound to one member at a time; withdrawing the consent unbinds every
 * plate. Unbinding is always allowed. Every change is audited, with the plate masked. The member's
 * row is locked first, so two desks cannot both pass a limit.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_SERVICE})
public class PlateRegistry {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB MemberService members;
  @EJB MemberDirectory directory;
  @EJB AuditLog audit;
  @Inject PlateKeys keys;
  @Inject CurrentCaller caller;
  @Inject MallConfiguration mall;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "atrium.parking.max-plates", defaultValue = "3")
  int maxPlates;

  @Inject
  @ConfigProperty(name = "atrium.parking.plate-changes-per-month", defaultValue = "2")
  int changesPerMonth;

  @Inject
  @ConfigProperty(name = "atrium.parking.consent-text-version", defaultValue = "PLATES-2026-12")
  String consentTextVersion;

  /** The consent text version the desk shows and records. */
  @PermitAll
  public String consentTextVersion() {
    return consentTextVersion;
  }

  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public Optional<ConsentView> consentOf(long memberId) {
    return current(memberId).map(PlateConsent::view);
  }

  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public List<PlateView> platesOf(long memberId) {
    return active(memberId).stream().map(PlateBinding::view).toList();
  }

  /** Records the member's consent to the current text; a consent already in force is kept. */
  public ConsentView giveConsent(long memberId) {
    members.require(memberId);
    directory.lock(memberId);
    Optional<PlateConsent> existing = current(memberId);
    if (existing.isPresent()) {
      return existing.get().view();
    }
    PlateConsent consent =
        new PlateConsent(memberId, consentTextVersion, clock.now(), caller.name());
    em.persist(consent);
    audit.record(
        "PLATE_CONSENT_GIVEN", "MEMBER", memberId, null, Map.of("textVersion", consentTextVersion));
    return consent.view();
  }

  /** Withdraws the consent in force and unbinds every plate of the member; returns how many. */
  public int withdrawConsent(long memberId) {
    members.require(memberId);
    directory.lock(memberId);
    PlateConsent consent =
        current(memberId)
            .orElseThrow(
                () ->
                    DomainException.conflict(
                        "PLATE_CONSENT_MISSING", "The member has no plate consent to withdraw"));
    Instant now = clock.now();
    List<PlateBinding> plates = active(memberId);
    for (PlateBinding b : plates) {
      b.unbind(now, caller.name(), UnbindReason.CONSENT_WITHDRAWN);
    }
    consent.withdraw(now, caller.name());
    audit.record(
        "PLATE_CONSENT_WITHDRAWN",
        "MEMBER",
        memberId,
        Map.of("plates", plates.stream().map(PlateBinding::masked).toList()),
        Map.of("plates", List.of()));
    return plates.size();
  }

  /** Binds a plate to the member within the limits; PLATE_* problems otherwise. */
  public PlateView bind(long memberId, String typedPlate) {
    PlateNumber plate = PlateNumber.of(typedPlate);
    members.require(memberId);
    directory.lock(memberId);
    if (current(memberId).isEmpty()) {
      throw DomainException.conflict(
          "PLATE_CONSENT_MISSING", "Record the member's plate consent before binding a plate");
    }
    PlateCipher cipher = keys.cipher();
    Optional<PlateBinding> holder = holderOf(cipher, plate);
    if (holder.isPresent()) {
      throw holder.get().memberId() == memberId
          ? DomainException.conflict("PLATE_ALREADY_BOUND", "The member has this plate already")
          : DomainException.conflict(
              "PLATE_BOUND_ELSEWHERE", "This plate is bound to another member");
    }
    List<PlateBinding> plates = active(memberId);
    if (plates.size() >= maxPlates) {
      throw DomainException.conflict(
          "PLATE_LIMIT", "A member binds at most " + maxPlates + " plates: unbind one first");
    }
    Instant now = clock.now();
    long thisMonth =
        em.createNamedQuery("PlateBinding.boundSince", Long.class)
            .setParameter("member", memberId)
            .setParameter("since", monthStart(now, mall.zone()))
            .getSingleResult();
    if (thisMonth >= changesPerMonth) {
      throw DomainException.conflict(
          "PLATE_CHANGES_LIMIT",
          "A member binds at most " + changesPerMonth + " plates a calendar month");
    }
    PlateBinding binding =
        new PlateBinding(memberId, plate, cipher.seal(plate), now, caller.name());
    em.persist(binding);
    em.flush();
    audit.record(
        "PLATE_BOUND",
        "MEMBER",
        memberId,
        null,
        Map.of("plate", plate.masked(), "id", binding.id()));
    return binding.view();
  }

  /** Unbinds one of the member's plates at their request. */
  public void unbind(long memberId, long bindingId) {
    members.require(memberId);
    directory.lock(memberId);
    PlateBinding binding =
        active(memberId).stream()
            .filter(b -> b.id() == bindingId)
            .findFirst()
            .orElseThrow(
                () -> DomainException.notFound("PLATE_NOT_FOUND", "The member has no such plate"));
    binding.unbind(clock.now(), caller.name(), UnbindReason.MEMBER_REQUEST);
    audit.record(
        "PLATE_UNBOUND",
        "MEMBER",
        memberId,
        Map.of("plate", binding.masked(), "id", bindingId),
        Map.of("reason", UnbindReason.MEMBER_REQUEST.name()));
  }

  /** The member a plate is bound to now, if any: what the car park asks at the barrier. */
  @PermitAll
  public Optional<BoundPlate> find(PlateNumber plate) {
    // a projection: the barrier's question needs no managed binding
    return em.createNamedQuery("PlateBinding.boundByIndex", BoundPlate.class)
        .setParameter("indexes", keys.cipher().indexes(plate))
        .getResultStream()
        .findFirst();
  }

  private Optional<PlateBinding> holderOf(PlateCipher cipher, PlateNumber plate) {
    return em.createNamedQuery("PlateBinding.byIndex", PlateBinding.class)
        .setParameter("indexes", cipher.indexes(plate))
        .getResultStream()
        .findFirst();
  }

  private Optional<PlateConsent> current(long memberId) {
    return em.createNamedQuery("PlateConsent.current", PlateConsent.class)
        .setParameter("member", memberId)
        .getResultStream()
        .findFirst();
  }

  private List<PlateBinding> active(long memberId) {
    return em.createNamedQuery("PlateBinding.active", PlateBinding.class)
        .setParameter("member", memberId)
        .getResultList();
  }

  static Instant monthStart(Instant now, ZoneId zone) {
    ZonedDateTime t = now.atZone(zone);
    return t.toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
  }
}
