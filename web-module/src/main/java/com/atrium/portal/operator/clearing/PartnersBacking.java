package com.atrium.portal.operator.clearing;

import com.atrium.partner.AgreementView;
import com.atrium.partner.DepositView;
import com.atrium.partner.PartnerDesk;
import com.atrium.partner.PartnerView;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code operator/clearing/partners.xhtml}: the partners, and for the one chosen ({@code
 * ?partner=}) its agreement versions, its prepaid deposit's movements and a top-up recorded once by
 * the payment's reference. The amount is taken exactly as typed; the service judges it.
 */
@Named
@ViewScoped
public class PartnersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of("amount", "top-up:amount", "reference", "top-up:reference");

  @EJB PartnerDesk desk;
  @Inject MallConfiguration configuration;

  private List<PartnerView> partners;
  private String code;
  private PartnerView selected;
  private List<AgreementView> agreements;
  private List<DepositView> deposits;
  private BigDecimal amount;
  private String reference;

  /** Runs on every GET, after {@code ?partner=}. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    partners = desk.partners();
    if (code != null && partners.stream().anyMatch(p -> p.code().equals(code))) {
      show();
    }
  }

  public void topUp() {
    try {
      DepositView done = desk.topUp(code, amount, reference);
      PortalMessages.info(
          "partners.toppedUp", done.amount().toPlainString(), done.balanceAfter().toPlainString());
      amount = null;
      reference = null;
      partners = desk.partners();
      show();
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  private void show() {
    selected = desk.partner(code);
    agreements = desk.agreements(code);
    deposits = desk.deposits(code, 50);
  }

  public String moment(Instant at) {
    return PortalMessages.dateTime(at, configuration.zone());
  }

  public List<PartnerView> getPartners() {
    return partners;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public PartnerView getSelected() {
    return selected;
  }

  public List<AgreementView> getAgreements() {
    return agreements;
  }

  public List<DepositView> getDeposits() {
    return deposits;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
