package com.atrium.portal.operator.rewards;

import com.atrium.member.MemberService;
import com.atrium.member.MemberView;
import com.atrium.portal.PortalMessages;
import com.atrium.redemption.MemberFlagService;
import com.atrium.redemption.MemberFlagView;
import com.atrium.tenant.MallConfiguration;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code operator/member-flags.xhtml}: members flagged for customer service, open ones first; a
 * one-mall operator's are its mall's.
 */
@Named
@ViewScoped
public class MemberFlagsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MemberFlagService flags;
  @EJB MemberService members;
  @Inject MallConfiguration mall;

  private List<MemberFlagView> open;
  private final Map<Long, MemberView> seen = new HashMap<>();

  public List<MemberFlagView> getOpen() {
    if (open == null) {
      open = flags.open(200);
    }
    return open;
  }

  /** Card number and masked phone of the flagged member; phones are never shown in full. */
  public String member(long memberId) {
    MemberView m = seen.computeIfAbsent(memberId, members::get);
    return m.name() + " · " + m.cardNumber() + " · " + m.maskedPhone();
  }

  public void resolve(MemberFlagView flag) {
    try {
      flags.resolve(flag.id());
      PortalMessages.info("flags.resolved");
      open = null;
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  public String dateTime(Instant at) {
    return PortalMessages.dateTime(at, mall.zone());
  }

  /** A flag's stored detail in the user's language (LedgerTexts). */
  public String detail(String detail) {
    return com.atrium.portal.LedgerTexts.describe(detail);
  }
}
