package com.atrium.portal.operator.members;

import com.atrium.ledger.ExpiringPoints;
import com.atrium.ledger.LedgerQueries;
import com.atrium.member.MemberService;
import com.atrium.member.MemberView;
import com.atrium.notification.ExpiryReminders;
import com.atrium.notification.MessageView;
import com.atrium.notification.Outbox;
import com.atrium.portal.LedgerTexts;
import com.atrium.portal.PortalMessages;
import com.atrium.report.HistoryRow;
import com.atrium.report.MemberHistoryService;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TierDefinition;
import com.atrium.tier.TierChangeView;
import com.atrium.tier.TierOverview;
import com.atrium.tier.TierService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code operator/members/view.xhtml}: one member as operators see it — balance and next expiry,
 * the full points history (lazy, newest first, with each sale's explanation), the tier with its
 * floor and grace period, the tier history, a manual tier change, and the messages sent.
 */
@Named
@ViewScoped
public class ViewMemberBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> TIER_FIELDS =
      Map.of("tier", "tier-form:tier", "reason", "tier-form:reason");

  @EJB MemberService members;
  @EJB LedgerQueries ledger;
  @EJB MemberHistoryService histories;
  @EJB TierService tiers;
  @EJB Outbox outbox;
  @Inject MallConfiguration mall;

  private Long id;
  private MemberView member;
  private ExpiringPoints nextExpiry;
  private TierOverview tier;
  private List<TierChangeView> tierHistory = List.of();
  private List<MessageView> messages = List.of();
  private PagedModel<HistoryRow> history;
  private String newTier;
  private String reason;

  /** Runs on the initial GET, after the {@code id} view parameter is set. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback() || id == null) {
      return;
    }
    refresh();
    long memberId = id;
    MemberHistoryService h = histories;
    history =
        new PagedModel<>(
            (offset, limit) -> h.page(memberId, offset, limit),
            r -> r.entryId() + ":" + r.points());
  }

  private void refresh() {
    member = members.get(id);
    nextExpiry = ledger.nextExpiryOf(id).orElse(null);
    tier = tiers.overviewOf(id);
    tierHistory = tiers.historyOf(id);
    messages = outbox.ofMember(id, 20);
    newTier = tier.floorTier() == null ? member.tier() : tier.floorTier();
  }

  public void setTier() {
    try {
      tiers.setFloor(id, newTier, reason);
      PortalMessages.info("member.tier.saved", tierLabel(newTier));
      reason = null;
      refresh();
    } catch (RuntimeException e) {
      PortalMessages.error(e, TIER_FIELDS);
    }
  }

  public List<TierDefinition> getTiers() {
    return mall.tiers();
  }

  public String tierLabel(String code) {
    if (code == null) {
      return "";
    }
    String key = "tier." + code;
    String text = PortalMessages.text(key);
    return text.equals(key) ? code : text;
  }

  public String nextExpiryText() {
    return nextExpiry == null
        ? PortalMessages.text("member.noExpiry")
        : PortalMessages.text(
            "serve.nextExpiry",
            String.valueOf(nextExpiry.points()),
            ExpiryReminders.lastValidDay(nextExpiry.expiresAt(), mall.zone()).toString());
  }

  /** "Base rate +50 · Store multiplier ×1.5 +25" from a sale's explanation JSON. */
  public String explain(String json) {
    if (json == null || json.isBlank()) {
      return "";
    }
    try {
      JsonObject o = Json.createReader(new StringReader(json)).readObject();
      StringJoiner out = new StringJoiner(" · ");
      for (JsonValue v : o.getJsonArray("rules")) {
        JsonObject r = v.asJsonObject();
        String rule = r.getString("rule", "?");
        String multiplier =
            r.containsKey("multiplier") ? r.get("multiplier").toString().replace("\"", "") : null;
        String key = "rule." + rule;
        String label = PortalMessages.text(key, multiplier == null ? "" : multiplier);
        if (label.equals(key)) {
          label = multiplier == null ? rule : rule + " ×" + multiplier;
        } else if (multiplier == null) {
          label = label.replace(" ×", "");
        }
        out.add(label + " +" + r.getJsonNumber("points").longValue());
      }
      return out.toString();
    } catch (RuntimeException e) {
      return json;
    }
  }

  /** The ledger's stored text in the user's language (LedgerTexts). */
  public String describe(String description) {
    return LedgerTexts.describe(description);
  }

  public String dateTime(Instant instant) {
    return PortalMessages.dateTime(instant, mall.zone());
  }

  /** The member card again, after the service desk changed the member (docs/members.md). */
  public void reload() {
    if (id != null) {
      refresh();
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MemberView getMember() {
    return member;
  }

  public ExpiringPoints getNextExpiry() {
    return nextExpiry;
  }

  public TierOverview getTier() {
    return tier;
  }

  public List<TierChangeView> getTierHistory() {
    return tierHistory;
  }

  public List<MessageView> getMessages() {
    return messages;
  }

  public PagedModel<HistoryRow> getHistory() {
    return history;
  }

  public String getNewTier() {
    return newTier;
  }

  public void setNewTier(String newTier) {
    this.newTier = newTier;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
