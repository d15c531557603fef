package com.atrium.partner;

import com.atrium.ledger.LedgerAccounts;
import com.atrium.ledger.LedgerPostings;
import com.atrium.ledger.LedgerQueries;
import com.atrium.ledger.Posting;
import com.atrium.ledger.Reversal;
import com.atrium.member.MemberDirectory;
import com.atrium.member.MemberSummary;
import com.atrium.member.PhoneNumber;
import com.atrium.notification.Outbox;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transactions of {@link PartnerExchange}, each for the partner it is given (the facade takes
 * it from the signing key, never from the request). Locks in one order: an exchange's row, then the
 * member's ledger account, then the partner's row, so that limits and the deposit hold under
 * concurrent requests.
 */
@Stateless
@PermitAll
public class PartnerBook {

  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
  private static final Pattern CODE = Pattern.compile("\\d{6}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final List<ExchangeState> COUNTING =
      Arrays.stream(ExchangeState.values()).filter(ExchangeState::counts).toList();

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB LedgerPostings ledger;
  @EJB LedgerQueries ledgerQueries;
  @Inject LedgerAccounts accounts;
  @EJB MemberDirectory members;
  @EJB Outbox outbox;
  @EJB RightBook rights;
  @Inject MallConfiguration configuration;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(
      name = "atrium.partner.link-codes-per-reference-per-day",
      defaultValue = "" + LinkCodeLimit.DEFAULT_PER_REFERENCE)
  int linkCodesPerReference;

  @Inject
  @ConfigProperty(
      name = "atrium.partner.link-codes-per-phone-per-day",
      defaultValue = "" + LinkCodeLimit.DEFAULT_PER_PHONE)
  int linkCodesPerPhone;

  // links
  // ------------------------------------------------------------------------------------------

  /**
   * Sends a new one-time code for {@code memberRef} to the phone's member, if the phone is an
   * active member's; answers the same either way.
   */
  public LinkReceipt requestLink(String partnerCode, String memberRef, String phone) {
    Partner partner = partner(partnerCode);
    String ref = reference(memberRef, "MEMBER_REF_INVALID", "memberRef");
    PhoneNumber number = PhoneNumber.parse(phone);
    partner.requireActive();
    Instant now = clock.now();
    countLinkRequest(partner, ref, number, now);
    Optional<MemberSummary> member = members.byPhone(number).filter(MemberSummary::isActive);
    PartnerLink link = link(partner, ref).orElse(null);
    if (link == null) {
      link = new PartnerLink(partner.id(), ref, now);
      em.persist(link);
    }
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    link.requestCode(member.map(MemberSummary::id).orElse(null), code, now);
    ExactlyOnce.flush(em);
    if (member.isPresent()) {
      outbox.queuePartnerLinkCode(
          member.get().id(),
          "link-" + link.id() + "-" + link.codesSent(),
          partner.name(),
          code,
          PartnerLink.CODE_VALIDITY.toMinutes());
    }
    return new LinkReceipt(ref, link.state(), link.codeExpiresAt());
  }

  /**
   * Counts the request against the day's limits, before anyone looks at whether the phone is a
   * member's: a refusal (LINK_CODE_LIMIT) is the same either way. The partner's row is locked so
   * that concurrent requests count exactly; yesterday's and older requests are deleted here.
   */
  private void countLinkRequest(Partner partner, String ref, PhoneNumber number, Instant now) {
    LocalDate day = LocalDate.ofInstant(now, configuration.zone());
    em.refresh(partner, LockModeType.PESSIMISTIC_WRITE);
    String phoneKey = LinkRequest.phoneKey(partner.id(), day, number.digits());
    long byRef =
        em.createNamedQuery("LinkRequest.byReference", Long.class)
            .setParameter("partner", partner.id())
            .setParameter("day", day)
            .setParameter("ref", ref)
            .getSingleResult();
    long byPhone =
        em.createNamedQuery("LinkRequest.byPhone", Long.class)
            .setParameter("partner", partner.id())
            .setParameter("day", day)
            .setParameter("phone", phoneKey)
            .getSingleResult();
    new LinkCodeLimit(linkCodesPerReference, linkCodesPerPhone).check(byRef, byPhone);
    em.createNamedQuery("LinkRequest.purgeBefore")
        .setParameter("day", day.minusDays(1))
        .executeUpdate();
    em.persist(new LinkRequest(partner.id(), ref, phoneKey, day, now));
  }

  /** Checks a code; a wrong one's attempt is committed, the facade then refuses. */
  public PartnerLink.Proof confirmLink(String partnerCode, String memberRef, String code) {
    Partner partner = partner(partnerCode);
    String ref = reference(memberRef, "MEMBER_REF_INVALID", "memberRef");
    if (code == null || !CODE.matcher(code).matches()) {
      throw DomainException.invalid("LINK_CODE_INVALID", "code", "The code is 6 digits");
    }
    partner.requireActive();
    PartnerLink link = lockedLink(partner, ref);
    return link.confirm(code, clock.now());
  }

  public LinkReceipt linkOf(String partnerCode, String memberRef) {
    Partner partner = partner(partnerCode);
    PartnerLink link =
        requireLink(partner, reference(memberRef, "MEMBER_REF_INVALID", "memberRef"));
    return new LinkReceipt(link.memberRef(), link.state(), null);
  }

  /** Ends an active link; an unlinked one answers as it is (a replay). */
  public LinkReceipt unlink(String partnerCode, String memberRef, String by) {
    Partner partner = partner(partnerCode);
    PartnerLink link = lockedLink(partner, reference(memberRef, "MEMBER_REF_INVALID", "memberRef"));
    if (link.state() == LinkState.PENDING) {
      throw DomainException.notFound("LINK_NOT_FOUND", "No active link for " + link.memberRef());
    }
    if (link.unlink(by, clock.now())) {
      rights.endWithLink(link.id(), by);
    }
    return new LinkReceipt(link.memberRef(), link.state(), null);
  }

  public LinkedBalance balance(String partnerCode, String memberRef) {
    Partner partner = partner(partnerCode);
    PartnerLink link =
        requireLink(partner, reference(memberRef, "MEMBER_REF_INVALID", "memberRef"));
    long member = link.requireActiveMember();
    var next = ledgerQueries.nextExpiryOf(member);
    return new LinkedBalance(
        link.memberRef(),
        accounts.balanceOf(member),
        next.map(e -> e.expiresAt()).orElse(null),
        next.map(e -> e.points()).orElse(null));
  }

  // exchanges
  // --------------------------------------------------------------------------------------

  /** One attempt of {@link ExactlyOnce}: partner units in, mall points credited. */
  public ExchangeReceipt exchangeIn(
      String partnerCode,
      String partnerTxnId,
      String memberRef,
      long partnerAmount,
      ExactlyOnce.Attempt attempt) {
    return exchange(partnerCode, Direction.IN, partnerTxnId, memberRef, partnerAmount, attempt);
  }

  /** One attempt of {@link ExactlyOnce}: mall points out, pending until the partner confirms. */
  public ExchangeReceipt exchangeOut(
      String partnerCode,
      String partnerTxnId,
      String memberRef,
      long points,
      ExactlyOnce.Attempt attempt) {
    return exchange(partnerCode, Direction.OUT, partnerTxnId, memberRef, points, attempt);
  }

  private ExchangeReceipt exchange(
      String partnerCode,
      Direction direction,
      String partnerTxnId,
      String memberRef,
      long amount,
      ExactlyOnce.Attempt attempt) {
    Partner partner = partner(partnerCode);
    String txn = reference(partnerTxnId, "PARTNER_TXN_ID_INVALID", "partnerTxnId");
    String ref = reference(memberRef, "MEMBER_REF_INVALID", "memberRef");
    String hash = ExactlyOnce.hash(direction, ref, amount);
    if (attempt == ExactlyOnce.Attempt.CHECKING_FIRST) {
      Optional<Exchange> original = exchange(partner, txn);
      if (original.isPresent()) {
        if (!original.get().sameRequestAs(hash)) {
          throw new DomainException(
              DomainException.Kind.CONFLICT,
              "PARTNER_TXN_CONFLICT",
              "partnerTxnId",
              "Transaction " + txn + " was already recorded with different details");
        }
        return receipt(original.get(), true);
      }
    }
    partner.requireActive();
    PartnerLink link = requireLink(partner, ref);
    long memberId = link.requireActiveMember();
    MemberSummary member =
        members.summary(memberId).orElseThrow(() -> new IllegalStateException("no member"));
    if (!member.isActive()) {
      throw DomainException.conflict("MEMBER_BLOCKED", "The member's account is blocked");
    }
    Instant now = clock.now();
    PartnerAgreement agreement = agreementAt(partner, now);
    AgreementTerms terms = agreement.terms();
    long points = direction == Direction.IN ? terms.pointsIn(amount) : amount;
    long partnerAmount = direction == Direction.IN ? amount : terms.partnerAmountOut(amount);
    terms.checkPerExchange(points);
    if (partnerAmount <= 0) {
      throw DomainException.invalid(
          "EXCHANGE_BELOW_MINIMUM", "points", points + " points give no partner unit at this rate");
    }
    ledger.lockMember(memberId);
    em.refresh(partner, LockModeType.PESSIMISTIC_WRITE);
    partner.requireActive();
    LocalDate day = LocalDate.ofInstant(now, configuration.zone());
    terms.checkLimits(points, usage(partner, memberId, direction, day));
    BigDecimal value = terms.valueOf(points);
    BigDecimal fee = terms.feeOf(points);
    boolean prepaid =
        direction == Direction.IN && partner.settlementMode() == SettlementMode.PREPAID;
    if (prepaid) {
      partner.draw(value.add(fee));
    }
    String description = "Exchange " + direction + " " + partner.code() + " " + txn;
    Posting posting =
        direction == Direction.IN
            ? ledger.creditFromPartner(
                memberId, partner.code(), partner.mallId(), points, now, description)
            : ledger.debitToPartner(memberId, partner.code(), points, now, description);
    Exchange exchange =
        new Exchange(
            partner.id(),
            txn,
            link.id(),
            memberId,
            agreement.id(),
            direction,
            points,
            partnerAmount,
            value,
            fee,
            prepaid,
            hash,
            posting.entryId(),
            day,
            now,
            terms.reversibleUntil(now, configuration.zone()));
    em.persist(exchange);
    // a replay or a concurrent duplicate surfaces here, where ExactlyOnce asks again
    ExactlyOnce.flush(em);
    if (prepaid) {
      em.persist(
          new DepositMovement(
              partner.id(),
              DepositReason.EXCHANGE_IN,
              value.add(fee).negate(),
              partner.depositBalance(),
              exchange.id(),
              now));
    }
    return receipt(exchange, false);
  }

  public ExchangeReceipt status(String partnerCode, String partnerTxnId) {
    Partner partner = partner(partnerCode);
    return receipt(requireExchange(partner, partnerTxnId, false), false);
  }

  public ExchangeReceipt confirm(String partnerCode, String partnerTxnId) {
    Partner partner = partner(partnerCode);
    Exchange e = requireExchange(partner, partnerTxnId, true);
    boolean changed = e.confirm(clock.now());
    return receipt(e, !changed);
  }

  /** Rejects a pending exchange out and gives the member the points back. */
  public ExchangeReceipt reject(String partnerCode, String partnerTxnId) {
    Partner partner = partner(partnerCode);
    Exchange e = requireExchange(partner, partnerTxnId, true);
    if (e.state() == ExchangeState.REJECTED) {
      return receipt(e, true);
    }
    e.requireState(ExchangeState.PENDING, "rejected");
    Reversal back =
        ledger.reverse(e.entryId(), e.points(), "Exchange OUT rejected by " + partner.code());
    e.reject(back.entryId().orElseThrow(), clock.now());
    return receipt(e, false);
  }

  /**
   * Reverses an exchange within its window: an exchange in takes the points back (refused when the
   * member has spent them) and gives the deposit back what the exchange drew from it (whatever the
   * partner's mode now); an exchange out gives the points back.
   */
  public ExchangeReceipt reverse(String partnerCode, String partnerTxnId) {
    Partner partner = partner(partnerCode);
    Exchange e = requireExchange(partner, partnerTxnId, true);
    Instant now = clock.now();
    if (!e.checkReversible(now)) {
      return receipt(e, true);
    }
    Reversal back =
        ledger.reverse(e.entryId(), e.points(), "Exchange " + e.direction() + " reversed");
    if (back.notReversed() > 0) {
      throw DomainException.conflict(
          "POINTS_ALREADY_SPENT",
          "The member has spent "
              + back.notReversed()
              + " of the exchange's points; it cannot be reversed");
    }
    // the deposit gets back what the exchange drew from it, whatever the partner's mode is now
    if (e.drawnFromDeposit()) {
      em.refresh(partner, LockModeType.PESSIMISTIC_WRITE);
      BigDecimal amount = e.value().add(e.fee());
      partner.refund(amount);
      em.persist(
          new DepositMovement(
              partner.id(), DepositReason.REVERSAL, amount, partner.depositBalance(), e.id(), now));
    }
    e.reversed(back.entryId().isPresent() ? back.entryId().getAsLong() : null, now);
    return receipt(e, false);
  }

  // reads
  // ------------------------------------------------------------------------------------------

  private Partner partner(String code) {
    return PartnerLookup.byCode(em, code);
  }

  private Optional<PartnerLink> link(Partner partner, String ref) {
    return em.createNamedQuery("PartnerLink.byRef", PartnerLink.class)
        .setParameter("partner", partner.id())
        .setParameter("ref", ref)
        .getResultStream()
        .findFirst();
  }

  private PartnerLink requireLink(Partner partner, String ref) {
    return link(partner, ref)
        .orElseThrow(() -> DomainException.notFound("LINK_NOT_FOUND", "No link for " + ref));
  }

  private PartnerLink lockedLink(Partner partner, String ref) {
    PartnerLink link = requireLink(partner, ref);
    em.refresh(link, LockModeType.PESSIMISTIC_WRITE);
    return link;
  }

  private Optional<Exchange> exchange(Partner partner, String txn) {
    return em.createNamedQuery("Exchange.byTxn", Exchange.class)
        .setParameter("partner", partner.id())
        .setParameter("txn", txn)
        .getResultStream()
        .findFirst();
  }

  /** The partner's own exchange: another partner's transaction id is not found, as none is. */
  private Exchange requireExchange(Partner partner, String partnerTxnId, boolean lock) {
    String txn = reference(partnerTxnId, "PARTNER_TXN_ID_INVALID", "partnerTxnId");
    Exchange e =
        exchange(partner, txn)
            .orElseThrow(
                () -> DomainException.notFound("EXCHANGE_NOT_FOUND", "No exchange " + txn));
    if (lock) {
      em.refresh(e, LockModeType.PESSIMISTIC_WRITE);
    }
    return e;
  }

  private PartnerAgreement agreementAt(Partner partner, Instant at) {
    return em.createNamedQuery("PartnerAgreement.inForce", PartnerAgreement.class)
        .setParameter("partner", partner.id())
        .setParameter("at", at)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                DomainException.conflict(
                    "AGREEMENT_MISSING",
                    "Partner " + partner.code() + " has no agreement in force"));
  }

  private AgreementTerms.Usage usage(
      Partner partner, long memberId, Direction direction, LocalDate day) {
    return new AgreementTerms.Usage(
        memberSince(partner, memberId, direction, day),
        memberSince(partner, memberId, direction, day.withDayOfMonth(1)),
        ((Number)
                em.createNamedQuery("Exchange.partnerOn")
                    .setParameter("partner", partner.id())
                    .setParameter("direction", direction)
                    .setParameter("day", day)
                    .setParameter("counting", COUNTING)
                    .getSingleResult())
            .longValue());
  }

  private long memberSince(Partner partner, long memberId, Direction direction, LocalDate from) {
    // the sum of longs comes back as a Long or a BigDecimal, by provider and database
    return ((Number)
            em.createNamedQuery("Exchange.memberSince")
                .setParameter("partner", partner.id())
                .setParameter("member", memberId)
                .setParameter("direction", direction)
                .setParameter("from", from)
                .setParameter("counting", COUNTING)
                .getSingleResult())
        .longValue();
  }

  private ExchangeReceipt receipt(Exchange e, boolean replayed) {
    PartnerLink link = em.find(PartnerLink.class, e.linkId());
    AgreementTerms terms = em.find(PartnerAgreement.class, e.agreementId()).terms();
    boolean in = e.direction() == Direction.IN;
    return new ExchangeReceipt(
        e.id(),
        e.partnerTxnId(),
        e.direction(),
        e.state(),
        link.memberRef(),
        e.points(),
        e.partnerAmount(),
        in ? terms.rateInFrom() : terms.rateOutFrom(),
        in ? terms.rateInTo() : terms.rateOutTo(),
        e.fee(),
        e.requestedAt(),
        e.reversibleUntil(),
        e.settledAt(),
        replayed);
  }

  /** A partner's reference (member, transaction, grant id) as every partner write checks it. */
  static String reference(String raw, String code, String field) {
    if (raw == null || !REFERENCE.matcher(raw).matches()) {
      throw DomainException.invalid(
          code,
          field,
          "1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
    }
    return raw;
  }
}
