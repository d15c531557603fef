package com.atrium.portal.operator.members;

import com.atrium.partner.MemberRight;
import com.atrium.partner.PartnerRights;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The partner rights section of {@code operator/members/view.xhtml} ({@code
 * WEB-INF/members/rights.xhtml}): the member's rights with their source, period and state, and an
 * operator's revocation with a reason. The member is the page's {@code id} parameter, read when the
 * view is built.
 */
@Named
@ViewScoped
public class MemberRightsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS = Map.of("reason", "rights-form:right-reason");

  @EJB PartnerRights rights;
  @Inject MallConfiguration mall;

  private Long memberId;
  private List<MemberRight> list = List.of();
  private String reason;

  @PostConstruct
  void init() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      memberId = id == null ? null : Long.valueOf(id);
    } catch (NumberFormatException e) {
      memberId = null;
    }
    refresh();
  }

  /** The member of the page, for the other sections of it (the partner links). */
  Long memberId() {
    return memberId;
  }

  /** Also after a link ends on the same page: its rights are revoked with it. */
  void refresh() {
    list = memberId == null ? List.of() : rights.ofMember(memberId);
  }

  public void revoke(MemberRight right) {
    try {
      rights.revokeByOperator(right.id(), reason);
      PortalMessages.info("member.rights.revoked", right.partnerName() + " " + right.rightName());
      reason = null;
      refresh();
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  /** "GOLD floor · 120 min parking a day · +500 MB WiFi a day", in the page's language. */
  public String gives(MemberRight r) {
    StringBuilder b = new StringBuilder();
    if (r.tierFloor() != null) {
      String key = "tier." + r.tierFloor();
      String tier = PortalMessages.text(key);
      b.append(PortalMessages.text("member.rights.floor", tier.equals(key) ? r.tierFloor() : tier));
    }
    if (r.parkingMinutes() > 0) {
      b.append(b.isEmpty() ? "" : " · ")
          .append(PortalMessages.text("member.rights.parking", r.parkingMinutes()));
    }
    if (r.wifiExtraMb() > 0) {
      b.append(b.isEmpty() ? "" : " · ")
          .append(PortalMessages.text("member.rights.wifi", r.wifiExtraMb()));
    }
    return b.toString();
  }

  public String dateTime(Instant at) {
    return PortalMessages.dateTime(at, mall.zone());
  }

  public List<MemberRight> getList() {
    return list;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
