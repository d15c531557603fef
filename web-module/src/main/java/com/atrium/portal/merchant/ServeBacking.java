package com.atrium.portal.merchant;

import com.atrium.earning.SaleReceipt;
import com.atrium.earning.SaleService;
import com.atrium.ledger.ExpiringPoints;
import com.atrium.ledger.LedgerQueries;
import com.atrium.member.MemberRegistration;
import com.atrium.member.MemberService;
import com.atrium.member.MemberView;
import com.atrium.notification.ExpiryReminders;
import com.atrium.parking.ParkingAtTill;
import com.atrium.platform.DomainException;
import com.atrium.platform.Money;
import com.atrium.portal.LedgerTexts;
import com.atrium.portal.PortalMessages;
import com.atrium.redemption.PointPaymentReceipt;
import com.atrium.redemption.PointPaymentService;
import com.atrium.redemption.PointsAsCashTerms;
import com.atrium.redemption.SaleVoids;
import com.atrium.report.MemberHistory;
import com.atrium.report.MemberHistoryService;
import com.atrium.tenant.MallConfiguration;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * {@code merchant/serve.xhtml}: the till flow of a store assistant — find the member (or register
 * one), record the sale, show the points it earned and the member's history at this store.
 */
@Named
@ViewScoped
public class ServeBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int HISTORY_ROWS = 10;

  private static final Map<String, String> IDENTIFY_FIELDS =
      Map.of("phone", "identify:identifier", "cardNumber", "identify:identifier");
  private static final Map<String, String> REGISTER_FIELDS =
      Map.of(
          "phone", "register:phone",
          "name", "register:name",
          "birthday", "register:birthday",
          "acceptTerms", "register:acceptTerms",
          "language", "register:language");
  private static final Map<String, String> SALE_FIELDS =
      Map.of("amount", "sale:amount", "receiptNumber", "sale:receipt");

  @EJB MemberService members;
  @EJB SaleService sales;
  @EJB SaleVoids voids;
  @EJB LedgerQueries ledger;
  @EJB MemberHistoryService histories;
  @Inject MallConfiguration mall;
  @EJB PointPaymentService pointPayments;
  @EJB ParkingAtTill parking;

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ServeBacking.class.getName());

  private String identifier;
  private boolean notFound;
  private boolean registering;
  private MemberView member;
  private MemberHistory history;
  private ExpiringPoints nextExpiry;
  private SaleReceipt receipt;

  /** Free parking minutes the sale just booked unlocked today, or null (issue 11). */
  private ParkingAtTill.Unlocked parkingUnlocked;

  private boolean confirming;
  private String voidReason;

  private String phone;
  private String name;
  private LocalDate birthday;
  private String language = "zh";
  private boolean acceptTerms;
  private boolean marketingConsent;

  private BigDecimal amount;
  private String receiptNumber;

  private BigDecimal billAmount;
  private Long pointsToUse;
  private String paymentReference;
  private PointPaymentReceipt payment;
  private PointsAsCashTerms terms;

  public void identify() {
    notFound = false;
    registering = false;
    receipt = null;
    try {
      Optional<MemberView> found = members.identify(identifier);
      if (found.isPresent()) {
        show(found.get());
      } else {
        member = null;
        notFound = true;
        // a typed phone number is carried into the registration form; a card number is not
        phone = identifier.replaceAll("\\D", "").length() == 12 ? null : identifier;
      }
    } catch (RuntimeException e) {
      PortalMessages.error(e, IDENTIFY_FIELDS);
    }
  }

  public void startRegistration() {
    registering = true;
    notFound = false;
  }

  public void register() {
    try {
      MemberView registered =
          members.register(
              new MemberRegistration(
                  phone, name, birthday, language, acceptTerms, marketingConsent));
      PortalMessages.info("serve.registered", registered.name(), registered.cardNumber());
      registering = false;
      identifier = null;
      show(registered);
    } catch (RuntimeException e) {
      PortalMessages.error(e, REGISTER_FIELDS);
    }
  }

  /**
   * A new attempt at a sale (the sale form's preValidate): the last sale's result goes, so it never
   * stands next to this attempt's error as if it were its result.
   */
  public void forgetSaleResult() {
    receipt = null;
  }

  /** Whether the last sale waits for a manager's approval instead of being credited. */
  public boolean isHeld() {
    return receipt != null && receipt.heldSaleId() != null;
  }

  /** The same for the payment form and the last payment's result. */
  public void forgetPaymentResult() {
    payment = null;
  }

  public void recordSale() {
    book(false);
  }

  /** The assistant checked an amount above the store's normal range and confirms it. */
  public void confirmSale() {
    book(true);
  }

  /** The assistant takes the unusual amount back to correct it. */
  public void cancelConfirmation() {
    confirming = false;
  }

  private void book(boolean confirmed) {
    try {
      receipt = sales.recordAtTill(member.id(), receiptNumber, amount, confirmed);
      parkingUnlocked = parkingUnlockedBy(receipt);
      confirming = false;
      show(members.get(member.id()));
      amount = null;
      receiptNumber = null;
    } catch (DomainException e) {
      // an amount above the normal range: a confirmation step, not an error (docs/approvals.md)
      confirming = "SALE_CONFIRMATION_REQUIRED".equals(e.code());
      if (!confirming) {
        PortalMessages.error(e, SALE_FIELDS);
      }
    } catch (RuntimeException e) {
      PortalMessages.error(e, SALE_FIELDS);
    }
  }

  /**
   * Voids the sale just recorded, with the reason given: its points go back at once, or after a
   * manager's approval when the member already spent them (docs/approvals.md).
   */
  public void voidSale() {
    try {
      SaleVoids.VoidResult result = voids.voidAtTill(receipt.saleId(), voidReason);
      PortalMessages.info(
          "DONE".equals(result.status()) ? "serve.voided" : "serve.voidPending",
          receipt.receiptNumber());
      receipt = null;
      voidReason = null;
      show(members.get(member.id()));
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of("reason", "void:reason"));
    }
  }

  public String getVoidReason() {
    return voidReason;
  }

  public void setVoidReason(String voidReason) {
    this.voidReason = voidReason;
  }

  /** Whether the till asks the assistant to confirm the amount typed. */
  public boolean isConfirming() {
    return confirming;
  }

  private static final Map<String, String> PAYMENT_FIELDS =
      Map.of(
          "billAmount", "pay:bill",
          "points", "pay:points",
          "paymentReference", "pay:reference");

  /** Points as cash: the member pays part of the bill with points (docs/redemption.md). */
  public void payWithPoints() {
    try {
      payment =
          pointPayments.payAtTill(
              member.id(), paymentReference, billAmount, pointsToUse == null ? 0 : pointsToUse);
      show(members.get(member.id()));
      if (payment.replayed()) {
        // at a till a second payment under one reference is a mistake: say so where it was typed
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = PortalMessages.text("pay.replayed");
        faces.addMessage(
            faces.getViewRoot().findComponent("pay:reference").getClientId(faces),
            new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
      }
      billAmount = null;
      pointsToUse = null;
      paymentReference = null;
    } catch (RuntimeException e) {
      PortalMessages.error(e, PAYMENT_FIELDS);
    }
  }

  /** "1 point = 0.01 CNY; points pay at most 50% of a bill." */
  public String pointsAsCashTerms() {
    PointsAsCashTerms t = terms();
    return PortalMessages.text(
        "pay.terms",
        t.pointValue().stripTrailingZeros().toPlainString(),
        t.maxShare().movePointRight(2).stripTrailingZeros().toPlainString());
  }

  /**
   * The most points usable on the bill typed (its share cap, never more than the member holds); a
   * hint while no valid bill is known.
   */
  public String maxPointsText() {
    if (billAmount == null
        || !Money.isValid(billAmount)
        || FacesContext.getCurrentInstance().isValidationFailed()) {
      return PortalMessages.text("pay.maxPointsHint");
    }
    long most = Math.min(terms().maxPoints(billAmount), member.balance());
    return PortalMessages.text("pay.maxPoints", String.valueOf(Math.max(0, most)));
  }

  private PointsAsCashTerms terms() {
    if (terms == null) {
      terms = pointPayments.terms();
    }
    return terms;
  }

  public BigDecimal getBillAmount() {
    return billAmount;
  }

  public void setBillAmount(BigDecimal billAmount) {
    this.billAmount = billAmount;
  }

  public Long getPointsToUse() {
    return pointsToUse;
  }

  public void setPointsToUse(Long pointsToUse) {
    this.pointsToUse = pointsToUse;
  }

  public String getPaymentReference() {
    return paymentReference;
  }

  public void setPaymentReference(String paymentReference) {
    this.paymentReference = paymentReference;
  }

  public PointPaymentReceipt getPayment() {
    return payment;
  }

  /** Ready for the next member at the till. */
  public void clear() {
    identifier = null;
    member = null;
    history = null;
    nextExpiry = null;
    receipt = null;
    notFound = false;
    registering = false;
    phone = null;
    name = null;
    birthday = null;
    acceptTerms = false;
    marketingConsent = false;
    amount = null;
    receiptNumber = null;
    billAmount = null;
    pointsToUse = null;
    paymentReference = null;
    payment = null;
  }

  private void show(MemberView m) {
    member = m;
    history = histories.of(m.id(), HISTORY_ROWS);
    nextExpiry = ledger.nextExpiryOf(m.id()).orElse(null);
  }

  /** The label of one earning rule in the explanation, e.g. "Store multiplier ×1.5". */
  public String ruleLabel(String rule, String multiplier) {
    String key = "rule." + rule;
    String text = PortalMessages.text(key, multiplier == null ? "" : multiplier);
    if (text.equals(key)) {
      return multiplier == null ? rule : rule + " ×" + multiplier;
    }
    return multiplier == null ? text.replace(" ×", "") : text;
  }

  /**
   * The tier's name in the user's language; the code itself for a tier the bundle does not know.
   */
  public String tierLabel(String tier) {
    String key = "tier." + tier;
    String text = PortalMessages.text(key);
    return text.equals(key) ? tier : text;
  }

  /** The ledger's stored text in the user's language (LedgerTexts). */
  public String describe(String description) {
    return LedgerTexts.describe(description);
  }

  public String dateTime(Instant instant) {
    return PortalMessages.dateTime(instant, mall.zone());
  }

  public String initial() {
    return member == null || member.name() == null || member.name().isBlank()
        ? "?"
        : member.name().substring(0, 1);
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }

  public boolean isNotFound() {
    return notFound;
  }

  public boolean isRegistering() {
    return registering;
  }

  public MemberView getMember() {
    return member;
  }

  public MemberHistory getHistory() {
    return history;
  }

  /** The soonest expiry of the member's points (null when they hold none). */
  public ExpiringPoints getNextExpiry() {
    return nextExpiry;
  }

  /** "120 points expire after 2027-12-31", in the user's language. */
  public String nextExpiryText() {
    return nextExpiry == null
        ? ""
        : PortalMessages.text(
            "serve.nextExpiry",
            String.valueOf(nextExpiry.points()),
            ExpiryReminders.lastValidDay(nextExpiry.expiresAt(), mall.zone()).toString());
  }

  public ParkingAtTill.Unlocked getParkingUnlocked() {
    return parkingUnlocked;
  }

  /**
   * Asks parking whether the booked sale unlocked free minutes today; the till never fails for it
   * (a held sale has no points yet and unlocks nothing until approved).
   */
  private ParkingAtTill.Unlocked parkingUnlockedBy(SaleReceipt r) {
    if (!SaleReceipt.BOOKED.equals(r.status())) {
      return null;
    }
    try {
      return parking.unlockedBy(r.memberId(), r.tenantCode(), r.saleId()).orElse(null);
    } catch (RuntimeException e) {
      LOG.log(java.util.logging.Level.WARNING, "The parking perks of a sale could not be read", e);
      return null;
    }
  }

  public SaleReceipt getReceipt() {
    return receipt;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getBirthday() {
    return birthday;
  }

  public void setBirthday(LocalDate birthday) {
    this.birthday = birthday;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isAcceptTerms() {
    return acceptTerms;
  }

  public void setAcceptTerms(boolean acceptTerms) {
    this.acceptTerms = acceptTerms;
  }

  public boolean isMarketingConsent() {
    return marketingConsent;
  }

  public void setMarketingConsent(boolean marketingConsent) {
    this.marketingConsent = marketingConsent;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public void setReceiptNumber(String receiptNumber) {
    this.receiptNumber = receiptNumber;
  }
}
