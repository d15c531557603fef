package com.atrium.soap.partner;

import com.atrium.api.partner.PartnerLinksResource;
import com.atrium.api.partner.ReconciliationFilesResource;
import com.atrium.partner.ExchangeReceipt;
import com.atrium.partner.LinkReceipt;
import com.atrium.partner.LinkedBalance;
import com.atrium.partner.PartnerExchange;
import com.atrium.partner.PartnerReconciliation;
import com.atrium.partner.ReconFile;
import com.atrium.partner.ReconSummary;
import com.atrium.partner.RightReceipt;
import com.atrium.platform.DatabaseUnavailable;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.soap.partner.v1.Balance;
import com.atrium.soap.partner.v1.Exchange;
import com.atrium.soap.partner.v1.Link;
import com.atrium.soap.partner.v1.PartnerPort;
import com.atrium.soap.partner.v1.ReconciliationSummary;
import com.atrium.soap.partner.v1.Right;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * The WSDL's operations over {@link PartnerExchange}, exactly as the REST resources call it: the
 * partner is the authenticated key's ({@link UsernameTokenHandler}), never the request's. A refusal
 * is a fault carrying the REST API's stable code; anything unexpected is INTERNAL_ERROR with an
 * incident id in the log, never a stack trace.
 */
@WebService(
    serviceName = "PartnerService",
    portName = "PartnerPort",
    targetNamespace = SoapFaults.NS,
    endpointInterface = "com.atrium.soap.partner.v1.PartnerPort",
    wsdlLocation = "wsdl/partner.wsdl")
public class PartnerEndpoint implements PartnerPort {

  private static final Logger LOG = Logger.getLogger(PartnerEndpoint.class.getName());
  private static final DatatypeFactory DATES = datatypeFactory();

  private final PartnerExchange partners;
  private final PartnerReconciliation reconciliation;
  private final CurrentCaller caller;

  PartnerEndpoint(
      PartnerExchange partners, PartnerReconciliation reconciliation, CurrentCaller caller) {
    this.partners = partners;
    this.reconciliation = reconciliation;
    this.caller = caller;
  }

  @Override
  public void whoAmI(Holder<String> keyId, Holder<String> partnerCode) {
    call(
        () -> {
          partnerCode.value = caller.requirePartnerCode();
          keyId.value = caller.name();
          return null;
        });
  }

  @Override
  public Link linkMember(String memberRef, String phone) {
    return call(() -> link(partners.requestLink(memberRef, phone)));
  }

  @Override
  public Link confirmLink(String memberRef, String code) {
    return call(() -> link(partners.confirmLink(memberRef, code)));
  }

  @Override
  public Link unlink(String memberRef) {
    return call(() -> link(partners.unlink(memberRef)));
  }

  @Override
  public Exchange exchangeIn(String partnerTxnId, String memberRef, long partnerAmount) {
    return call(() -> exchange(partners.exchangeIn(partnerTxnId, memberRef, partnerAmount)));
  }

  @Override
  public Exchange exchangeOut(String partnerTxnId, String memberRef, long points) {
    return call(() -> exchange(partners.exchangeOut(partnerTxnId, memberRef, points)));
  }

  @Override
  public Exchange confirmExchange(String partnerTxnId) {
    return call(() -> exchange(partners.confirm(partnerTxnId)));
  }

  @Override
  public Exchange rejectExchange(String partnerTxnId) {
    return call(() -> exchange(partners.reject(partnerTxnId)));
  }

  @Override
  public Exchange reverseExchange(String partnerTxnId) {
    return call(() -> exchange(partners.reverse(partnerTxnId)));
  }

  @Override
  public Exchange getExchangeStatus(String partnerTxnId) {
    return call(() -> exchange(partners.status(partnerTxnId)));
  }

  @Override
  public Balance getBalance(String memberRef) {
    return call(() -> balance(partners.balance(memberRef)));
  }

  /** Atrium's file of the day, its UTF-8 bytes as the REST API answers them. */
  @Override
  public byte[] getReconciliationFile(String businessDay) {
    return call(
        () ->
            reconciliation
                .ownDailyFile(ReconciliationFilesResource.day(businessDay))
                .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The partner's file of the day, matched as the REST upload is: the same strict UTF-8 reading
   * (RECON_FILE_INVALID), the same checks and queues. Its size is bounded by {@link SoapGate}.
   */
  @Override
  public ReconciliationSummary uploadReconciliationFile(String businessDay, byte[] file) {
    return call(
        () -> {
          var day = ReconciliationFilesResource.day(businessDay);
          if (file != null && file.length > XmlLimits.MAX_FILE_BYTES) {
            throw DomainException.invalid(
                "MESSAGE_TOO_LARGE",
                "file",
                "A reconciliation file holds at most " + XmlLimits.MAX_FILE_BYTES + " bytes");
          }
          String text =
              ReconFile.utf8(file == null ? new byte[0] : file)
                  .orElseThrow(
                      () ->
                          DomainException.invalid(
                              "RECON_FILE_INVALID", "file", "The file is not UTF-8 text"));
          return summary(reconciliation.uploadOwn(day, text));
        });
  }

  @Override
  public Right grantRight(
      String grantId,
      String memberRef,
      String rightCode,
      XMLGregorianCalendar validFrom,
      XMLGregorianCalendar validUntil) {
    return call(
        () ->
            right(
                partners.grantRight(
                    grantId, memberRef, rightCode, instant(validFrom), instant(validUntil))));
  }

  @Override
  public Right revokeRight(String grantId) {
    return call(() -> right(partners.revokeRight(grantId)));
  }

  @Override
  public Right getRight(String grantId) {
    return call(() -> right(partners.right(grantId)));
  }

  @Override
  public List<Right> listRights(String memberRef, Integer offset, Integer limit) {
    return call(
        () ->
            partners
                .rightsOf(
                    memberRef,
                    offset == null ? 0 : offset,
                    limit == null ? PartnerLinksResource.DEFAULT_RIGHTS_LIMIT : limit)
                .rows()
                .stream()
                .map(PartnerEndpoint::right)
                .toList());
  }

  /** Runs one operation; every failure leaves as a fault with a stable code. */
  private static <T> T call(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (RuntimeException failure) {
      throw faultOf(failure);
    }
  }

  static RuntimeException faultOf(RuntimeException failure) {
    if (failure instanceof EJBAccessException || failure instanceof AccessLocalException) {
      return SoapFaults.fault("FORBIDDEN", "The caller may not do this");
    }
    Throwable e = unwrap(failure);
    if (e instanceof DomainException d) {
      return SoapFaults.fault(d.code(), d.getMessage());
    }
    if (e instanceof EJBAccessException) {
      return SoapFaults.fault("FORBIDDEN", "The caller may not do this");
    }
    if (DatabaseUnavailable.isCauseOf(e)) {
      return SoapFaults.fault("SERVICE_UNAVAILABLE", "Atrium cannot reach its database; retry");
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
    return SoapFaults.fault(
        "INTERNAL_ERROR", "Something went wrong on our side; incident " + incident);
  }

  private static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while ((e instanceof EJBException || e instanceof EJBTransactionRolledbackException)
        && e.getCause() != null
        && e.getCause() != e) {
      e = e.getCause();
    }
    if (e instanceof EJBException ejb && ejb.getCausedByException() != null) {
      e = ejb.getCausedByException();
    }
    return e;
  }

  private static Link link(LinkReceipt r) {
    Link l = new Link();
    l.setMemberRef(r.memberRef());
    l.setState(r.state().name());
    l.setCodeExpiresAt(time(r.codeExpiresAt()));
    return l;
  }

  private static Exchange exchange(ExchangeReceipt r) {
    Exchange x = new Exchange();
    x.setId(r.id());
    x.setPartnerTxnId(r.partnerTxnId());
    x.setDirection(r.direction().name());
    x.setState(r.state().name());
    x.setMemberRef(r.memberRef());
    x.setPoints(r.points());
    x.setPartnerAmount(r.partnerAmount());
    x.setRateFrom(r.rateFrom());
    x.setRateTo(r.rateTo());
    x.setFee(r.fee());
    x.setRequestedAt(time(r.requestedAt()));
    x.setReversibleUntil(time(r.reversibleUntil()));
    x.setSettledAt(time(r.settledAt()));
    x.setReplayed(r.replayed());
    return x;
  }

  private static Balance balance(LinkedBalance b) {
    Balance x = new Balance();
    x.setMemberRef(b.memberRef());
    x.setPoints(b.points());
    x.setNextExpiryAt(time(b.nextExpiryAt()));
    x.setNextExpiryPoints(b.nextExpiryPoints());
    return x;
  }

  private static ReconciliationSummary summary(ReconSummary r) {
    ReconciliationSummary x = new ReconciliationSummary();
    x.setUploadId(r.uploadId());
    x.setPartnerCode(r.partnerCode());
    x.setBusinessDay(r.businessDay().toString());
    x.setLines(r.lines());
    x.setMatched(r.matched());
    x.setMissingInAtrium(r.missingInAtrium());
    x.setMissingAtPartner(r.missingAtPartner());
    x.setAmountsDiffer(r.amountsDiffer());
    return x;
  }

  private static Right right(RightReceipt r) {
    Right x = new Right();
    x.setId(r.id());
    x.setGrantId(r.grantId());
    x.setMemberRef(r.memberRef());
    x.setRightCode(r.rightCode());
    x.setState(r.state().name());
    x.setValidFrom(time(r.validFrom()));
    x.setValidUntil(time(r.validUntil()));
    x.setGrantedAt(time(r.grantedAt()));
    x.setRevokedAt(time(r.revokedAt()));
    x.setReplayed(r.replayed());
    return x;
  }

  private static Instant instant(XMLGregorianCalendar at) {
    return at == null ? null : at.toGregorianCalendar().toInstant();
  }

  private static XMLGregorianCalendar time(Instant at) {
    return at == null
        ? null
        : DATES.newXMLGregorianCalendar(GregorianCalendar.from(at.atZone(ZoneOffset.UTC)));
  }

  private static DatatypeFactory datatypeFactory() {
    try {
      return DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
