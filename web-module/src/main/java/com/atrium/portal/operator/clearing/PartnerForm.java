package com.atrium.portal.operator.clearing;

import com.atrium.partner.PartnerDraft;
import com.atrium.partner.PartnerKind;
import com.atrium.partner.PartnerStatus;
import com.atrium.partner.PartnerView;
import com.atrium.partner.SettlementMode;
import java.io.Serializable;

/**
 * A partner's fields on the partners page: all of them for a new partner; name, contact and status
 * for one that exists (its code, kind, mall and settlement stay as created).
 */
public class PartnerForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code;
  private String name;
  private PartnerKind kind = PartnerKind.BANK;
  private String contact;
  private Long mallId;
  private SettlementMode settlementMode = SettlementMode.POSTPAID;
  private PartnerStatus status = PartnerStatus.ACTIVE;

  PartnerForm() {}

  PartnerForm(PartnerView p) {
    code = p.code();
    name = p.name();
    kind = p.kind();
    contact = p.contact();
    mallId = p.mallId();
    settlementMode = p.settlementMode();
    status = p.status();
  }

  PartnerDraft draft() {
    return new PartnerDraft(
        code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
        name,
        kind,
        contact,
        mallId,
        settlementMode);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public PartnerKind getKind() {
    return kind;
  }

  public void setKind(PartnerKind kind) {
    this.kind = kind;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public Long getMallId() {
    return mallId;
  }

  public void setMallId(Long mallId) {
    this.mallId = mallId;
  }

  public SettlementMode getSettlementMode() {
    return settlementMode;
  }

  public void setSettlementMode(SettlementMode settlementMode) {
    this.settlementMode = settlementMode;
  }

  public PartnerStatus getStatus() {
    return status;
  }

  public void setStatus(PartnerStatus status) {
    this.status = status;
  }
}
