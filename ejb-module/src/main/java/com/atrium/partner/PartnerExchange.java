package com.atrium.partner;

import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.platform.Page;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The one entry point of a partner's operations, whatever the protocol (REST now, SOAP later): the
 * partner is the signing key's, never a request's. Runs outside a transaction: each write is one
 * transaction of {@link PartnerBook}, exchanges through {@link ExactlyOnce} (a replay by partner
 * transaction id answers the original, a different body with the same id is refused), and a wrong
 * link code is committed as an attempt before it is refused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PartnerExchange {

  @EJB PartnerBook book;
  @EJB RightBook rights;
  @Inject CurrentCaller caller;

  /**
   * Asks for a link of the partner's member reference: a one-time code goes to the phone when it is
   * an active member's, and the answer is the same either way.
   */
  @RolesAllowed(Roles.PARTNER)
  public LinkReceipt requestLink(String memberRef, String phone) {
    String partner = caller.requirePartnerCode();
    return ExactlyOnce.run(attempt -> book.requestLink(partner, memberRef, phone));
  }

  /** Links the reference once the member's code is proved. */
  @RolesAllowed(Roles.PARTNER)
  public LinkReceipt confirmLink(String memberRef, String code) {
    String partner = caller.requirePartnerCode();
    PartnerLink.Proof proof = book.confirmLink(partner, memberRef, code);
    switch (proof) {
      case LINKED -> {
        return book.linkOf(partner, memberRef);
      }
      case WRONG ->
          throw DomainException.invalid("LINK_CODE_INVALID", "code", "The code is not right");
      case EXPIRED ->
          throw DomainException.conflict(
              "LINK_CODE_EXPIRED", "The code has expired; request a new one");
      default ->
          throw DomainException.conflict(
              "LINK_CODE_LOCKED", "Too many wrong codes; request a new one");
    }
  }

  @RolesAllowed(Roles.PARTNER)
  public LinkReceipt unlink(String memberRef) {
    String partner = caller.requirePartnerCode();
    return book.unlink(partner, memberRef, "partner " + caller.name());
  }

  @RolesAllowed(Roles.PARTNER)
  public LinkedBalance balance(String memberRef) {
    return book.balance(caller.requirePartnerCode(), memberRef);
  }

  /** Partner units in, mall points to the linked member, by the agreement in force. */
  @RolesAllowed(Roles.PARTNER)
  public ExchangeReceipt exchangeIn(String partnerTxnId, String memberRef, long partnerAmount) {
    String partner = caller.requirePartnerCode();
    return ExactlyOnce.run(
        attempt -> book.exchangeIn(partner, partnerTxnId, memberRef, partnerAmount, attempt));
  }

  /** Mall points out of the linked member, pending until the partner confirms or rejects. */
  @RolesAllowed(Roles.PARTNER)
  public ExchangeReceipt exchangeOut(String partnerTxnId, String memberRef, long points) {
    String partner = caller.requirePartnerCode();
    return ExactlyOnce.run(
        attempt -> book.exchangeOut(partner, partnerTxnId, memberRef, points, attempt));
  }

  @RolesAllowed(Roles.PARTNER)
  public ExchangeReceipt status(String partnerTxnId) {
    return book.status(caller.requirePartnerCode(), partnerTxnId);
  }

  @RolesAllowed(Roles.PARTNER)
  public ExchangeReceipt confirm(String partnerTxnId) {
    return book.confirm(caller.requirePartnerCode(), partnerTxnId);
  }

  @RolesAllowed(Roles.PARTNER)
  public ExchangeReceipt reject(String partnerTxnId) {
    return book.reject(caller.requirePartnerCode(), partnerTxnId);
  }

  @RolesAllowed(Roles.PARTNER)
  public ExchangeReceipt reverse(String partnerTxnId) {
    return book.reverse(caller.requirePartnerCode(), partnerTxnId);
  }

  // rights (docs/partners.md, "Rights")

  /**
   * Grants a right of the agreement to the linked member for [validFrom, validUntil); idempotent by
   * the partner's grant id.
   */
  @RolesAllowed(Roles.PARTNER)
  public RightReceipt grantRight(
      String grantId, String memberRef, String rightCode, Instant validFrom, Instant validUntil) {
    String partner = caller.requirePartnerCode();
    return ExactlyOnce.run(
        attempt ->
            rights.grant(partner, grantId, memberRef, rightCode, validFrom, validUntil, attempt));
  }

  /** Revokes the partner's own grant; a repeat answers it as it is. */
  @RolesAllowed(Roles.PARTNER)
  public RightReceipt revokeRight(String grantId) {
    return rights.revoke(caller.requirePartnerCode(), grantId, "partner " + caller.name());
  }

  @RolesAllowed(Roles.PARTNER)
  public RightReceipt right(String grantId) {
    return rights.status(caller.requirePartnerCode(), grantId);
  }

  /** One page of the grants of the partner's member reference, newest first. */
  @RolesAllowed(Roles.PARTNER)
  public Page<RightReceipt> rightsOf(String memberRef, int offset, int limit) {
    return rights.ofLink(caller.requirePartnerCode(), memberRef, offset, limit);
  }
}
