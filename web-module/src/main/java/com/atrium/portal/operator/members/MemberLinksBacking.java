package com.atrium.portal.operator.members;

import com.atrium.partner.MemberLink;
import com.atrium.partner.PartnerLinks;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The partner links section of {@code operator/members/view.xhtml} ({@code
 * WEB-INF/members/links.xhtml}): the member's links with their partner and state, and an operator
 * ending one with a reason. The member is the rights section's, the page's {@code id} parameter.
 */
@Named
@ViewScoped
public class MemberLinksBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS = Map.of("reason", "links-form:link-reason");

  @EJB PartnerLinks links;
  @Inject MallConfiguration mall;
  @Inject MemberRightsBacking rights;

  private Long memberId;
  private List<MemberLink> list = List.of();
  private String reason;

  @PostConstruct
  void init() {
    // the rights section of the same page has read the member from the request
    memberId = rights.memberId();
    refresh();
  }

  private void refresh() {
    list = memberId == null ? List.of() : links.ofMember(memberId);
  }

  public void unlink(MemberLink link) {
    try {
      links.unlinkByOperator(link.id(), reason);
      PortalMessages.info("member.links.unlinked", link.partnerName(), link.memberRef());
      reason = null;
      rights.refresh();
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
    refresh();
  }

  public String dateTime(Instant at) {
    return PortalMessages.dateTime(at, mall.zone());
  }

  public List<MemberLink> getList() {
    return list;
  }

  public boolean isAnyActive() {
    return list.stream().anyMatch(MemberLink::isActive);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
