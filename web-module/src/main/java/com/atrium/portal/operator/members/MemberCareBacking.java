package com.atrium.portal.operator.members;

import com.atrium.care.AdjustmentView;
import com.atrium.care.MemberCare;
import com.atrium.care.PendingPhone;
import com.atrium.care.PhoneChanges;
import com.atrium.care.PhoneConfirmation;
import com.atrium.care.PointAdjustments;
import com.atrium.care.StandingView;
import com.atrium.platform.DomainException;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The service desk's sections of {@code operator/members/view.xhtml} (included from {@code
 * /WEB-INF/members/}): the member's standing and registration, block and unblock with a reason, the
 * name and a new phone confirmed by a code, and manual points adjustments with their approval. The
 * member is the page's ({@link ViewMemberBacking#getId()}); the rules are {@link MemberCare}'s.
 */
@Named
@ViewScoped
public class MemberCareBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> BLOCK_FIELDS = Map.of("reason", "standing-form:reason");
  private static final Map<String, String> PROFILE_FIELDS =
      Map.of("name", "profile-form:name", "phone", "profile-form:phone");
  private static final Map<String, String> CODE_FIELDS = Map.of("code", "profile-form:code");
  private static final Map<String, String> ADJUST_FIELDS =
      Map.of("points", "adjust-form:points", "reason", "adjust-form:adjust-reason");

  @EJB MemberCare care;
  @EJB PointAdjustments adjustments;
  @EJB PhoneChanges phones;
  @Inject ViewMemberBacking page;
  @Inject MallConfiguration mall;

  private StandingView standing;
  private String reason;
  private String name;
  private String phone;
  private String code;
  private PendingPhone pendingPhone;
  private boolean pendingLoaded;
  private Long points;
  private String direction = "CREDIT";
  private String adjustReason;
  private String rejectReason;
  private List<AdjustmentView> adjustmentList;

  public StandingView getStanding() {
    if (standing == null && page.getId() != null) {
      standing = care.standing(page.getId());
    }
    return standing;
  }

  public void block() {
    try {
      standing = care.block(page.getId(), reason);
      reason = null;
      PortalMessages.info("care.blockedDone");
    } catch (RuntimeException e) {
      PortalMessages.error(e, BLOCK_FIELDS);
    }
  }

  public void unblock() {
    try {
      standing = care.unblock(page.getId(), reason);
      reason = null;
      PortalMessages.info("care.unblockedDone");
    } catch (RuntimeException e) {
      PortalMessages.error(e, BLOCK_FIELDS);
    }
  }

  /** "2026-12-03 10:15 · Store till · Starbucks", in the user's language. */
  public String registration() {
    StandingView s = getStanding();
    String channel =
        s.registrationChannel() == null
            ? PortalMessages.text("care.channel.unknown")
            : PortalMessages.text("care.channel." + s.registrationChannel());
    String when = PortalMessages.dateTime(s.registeredAt(), mall.zone());
    return s.registeredAtTenant() == null
        ? when + " · " + channel
        : when + " · " + channel + " · " + s.registeredAtTenant();
  }

  /** "Blocked since … by …: reason", in the user's language. */
  public String blockedText() {
    StandingView s = getStanding();
    return PortalMessages.text(
        "care.blockedSince",
        PortalMessages.dateTime(s.blockedAt(), mall.zone()),
        s.blockedBy(),
        s.blockedReason());
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  // --- name and phone ---

  public void rename() {
    try {
      care.rename(page.getId(), name);
      name = null;
      page.reload();
      PortalMessages.info("care.renamed");
    } catch (RuntimeException e) {
      PortalMessages.error(e, PROFILE_FIELDS);
    }
  }

  /** Sends a code to the new phone; the phone changes once the code is entered. */
  public void requestPhone() {
    try {
      pendingPhone = phones.request(page.getId(), phone);
      pendingLoaded = true;
      phone = null;
      code = null;
      PortalMessages.info("care.codeSent", pendingPhone.maskedPhone());
    } catch (RuntimeException e) {
      PortalMessages.error(e, PROFILE_FIELDS);
    }
  }

  public void confirmPhone() {
    try {
      PhoneConfirmation done = phones.confirm(page.getId(), code);
      code = null;
      pendingLoaded = false;
      switch (done.outcome()) {
        case CONFIRMED -> {
          page.reload();
          PortalMessages.info("care.phoneChanged", done.maskedPhone());
        }
        case WRONG_CODE -> refuse("PHONE_CODE_WRONG", String.valueOf(done.attemptsLeft()));
        case EXPIRED -> refuse("PHONE_CODE_EXPIRED", "");
        case TOO_MANY_ATTEMPTS -> refuse("PHONE_CODE_ATTEMPTS", "");
      }
    } catch (RuntimeException e) {
      PortalMessages.error(e, CODE_FIELDS);
    }
  }

  /** A code that did not confirm the change: said at the code's field, in the user's language. */
  private static void refuse(String code, String detail) {
    PortalMessages.error(DomainException.invalid(code, "code", detail), CODE_FIELDS);
  }

  /** The member's phone change waiting for its code, or null. */
  public PendingPhone getPendingPhone() {
    if (!pendingLoaded && page.getId() != null) {
      pendingPhone = phones.pendingOf(page.getId()).orElse(null);
      pendingLoaded = true;
    }
    return pendingPhone;
  }

  // --- points adjustments ---

  public void adjust() {
    try {
      AdjustmentView a =
          adjustments.request(
              page.getId(),
              points == null ? 0 : "DEBIT".equals(direction) ? -points : points,
              adjustReason);
      points = null;
      adjustReason = null;
      adjustmentList = null;
      page.reload();
      PortalMessages.info(
          a.isPending() ? "care.adjustmentPending" : "care.adjustmentBooked",
          signed(a.points()),
          String.valueOf(a.threshold() == null ? "" : a.threshold()));
    } catch (RuntimeException e) {
      PortalMessages.error(e, ADJUST_FIELDS);
    }
  }

  public void approve(long adjustmentId) {
    try {
      AdjustmentView a = adjustments.approve(adjustmentId);
      adjustmentList = null;
      page.reload();
      PortalMessages.info("care.adjustmentApproved", signed(a.points()));
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  public void reject(long adjustmentId) {
    try {
      adjustments.reject(adjustmentId, rejectReason);
      rejectReason = null;
      adjustmentList = null;
      PortalMessages.info("care.adjustmentRejected");
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of("reason", "adjust-form:reject-reason"));
    }
  }

  public List<AdjustmentView> getAdjustments() {
    if (adjustmentList == null && page.getId() != null) {
      adjustmentList = adjustments.ofMember(page.getId());
    }
    return adjustmentList;
  }

  public String signed(long value) {
    return (value > 0 ? "+" : "") + value;
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : PortalMessages.dateTime(instant, mall.zone());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Long getPoints() {
    return points;
  }

  public void setPoints(Long points) {
    this.points = points;
  }

  /** CREDIT or DEBIT: the points typed are whole and positive, the direction says which way. */
  public String getDirection() {
    return direction;
  }

  public void setDirection(String direction) {
    this.direction = direction;
  }

  public String getAdjustReason() {
    return adjustReason;
  }

  public void setAdjustReason(String adjustReason) {
    this.adjustReason = adjustReason;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  public void setRejectReason(String rejectReason) {
    this.rejectReason = rejectReason;
  }
}
