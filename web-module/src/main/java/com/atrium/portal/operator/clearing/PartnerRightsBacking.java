package com.atrium.portal.operator.clearing;

import com.atrium.partner.GrantRow;
import com.atrium.partner.RightDesk;
import com.atrium.partner.RightDraft;
import com.atrium.partner.RightState;
import com.atrium.partner.RightView;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.lists.ListColumn;
import com.atrium.portal.lists.ListTable;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TierDefinition;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The rights part of {@code operator/clearing/partners.xhtml} ({@code partner-rights.xhtml}, shown
 * for the chosen partner): its right definitions, a new one or a change of one with every field
 * judged at once and each refusal at its field, deleting one never granted or retiring one granted,
 * and its grants through the shared {@link ListTable}, narrowed by state (read now), exported as
 * the page shows them.
 */
@Named
@ViewScoped
public class PartnerRightsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The shown states: SCHEDULED cannot occur, a right starts when it is granted or earlier. */
  private static final List<RightState> STATES =
      List.of(RightState.ACTIVE, RightState.EXPIRED, RightState.REVOKED);

  private static final Map<String, String> FIELDS =
      Map.of(
          "code", "right:code",
          "name", "right:name",
          "tierFloor", "right:tier-floor",
          "parkingMinutes", "right:parking-minutes",
          "wifiExtraMb", "right:wifi-extra-mb");

  @EJB RightDesk desk;
  @Inject PartnersBacking partners;
  @Inject MallConfiguration configuration;

  private String code;
  private List<RightView> rights;
  private List<String> tiers;
  private RightForm form = new RightForm();
  private RightState state;
  private ListTable<GrantRow> table;

  @PostConstruct
  void init() {
    code = partners.getSelected().code();
    tiers = configuration.tiers().stream().map(TierDefinition::code).toList();
    rights = desk.rights(code);
    table =
        new ListTable<>(
            "grants:table",
            "atrium-partner-grants",
            g -> Long.toString(g.id()),
            columns(configuration.zone()),
            source());
  }

  /** Defines the new right or saves the change when every field passes. */
  public void save() {
    RightDraft draft = form.draft();
    List<RightDraft.Problem> problems = desk.problems(draft, form.isNew());
    if (!problems.isEmpty()) {
      problems.forEach(p -> PortalMessages.error(p.exception(), FIELDS));
      return;
    }
    try {
      RightView r =
          form.isNew() ? desk.define(code, draft) : desk.change(code, form.getRightId(), draft);
      PortalMessages.info(form.isNew() ? "prights.defined" : "prights.changed", r.code());
      form = new RightForm();
      rights = desk.rights(code);
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  /** Puts a right into the form to change it. */
  public void edit(RightView r) {
    form = new RightForm(r);
  }

  /** Deletes a right no grant names, after the page's confirmation. */
  public void delete(RightView r) {
    try {
      desk.delete(code, r.id());
      PortalMessages.info("prights.deleted", r.code());
      afterRemoval(r);
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  /** Retires a right with grants: no new grant names it, those made run to their end. */
  public void retire(RightView r) {
    try {
      desk.retire(code, r.id());
      PortalMessages.info("prights.retired", r.code());
      afterRemoval(r);
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  private void afterRemoval(RightView r) {
    if (!form.isNew() && Long.valueOf(r.id()).equals(form.getRightId())) {
      form = new RightForm();
    }
    rights = desk.rights(code);
  }

  /** Back to a new right. */
  public void cancel() {
    form = new RightForm();
  }

  public void search() {
    table.show(source());
  }

  private ListTable.Source<GrantRow> source() {
    RightDesk service = desk;
    String partner = code;
    RightState wanted = state;
    return (sort, offset, limit) -> service.grants(partner, wanted, sort, offset, limit);
  }

  private static List<ListColumn<GrantRow>> columns(ZoneId zone) {
    return List.of(
        ListColumn.sorted("grant", "prights.grantId", GrantRow::grantRef),
        ListColumn.sorted("member", "prights.memberRef", GrantRow::memberRef),
        ListColumn.plain("card", "prights.card", GrantRow::maskedCard),
        ListColumn.sorted("right", "prights.right", GrantRow::rightCode),
        ListColumn.sorted(
            "from", "prights.validFrom", g -> PortalMessages.dateTime(g.validFrom(), zone)),
        ListColumn.sorted(
            "until", "prights.validUntil", g -> PortalMessages.dateTime(g.validUntil(), zone)),
        ListColumn.plain(
            "state", "prights.state", g -> PortalMessages.text("rightState." + g.state())),
        ListColumn.plain(
            "revoked",
            "prights.revoked",
            g ->
                g.revokedAt() == null
                    ? null
                    : PortalMessages.dateTime(g.revokedAt(), zone)
                        + " · "
                        + g.revokedBy()
                        + (g.revokeReason() == null ? "" : " · " + g.revokeReason())));
  }

  public List<RightView> getRights() {
    return rights;
  }

  public List<String> getTiers() {
    return tiers;
  }

  public List<RightState> getStates() {
    return STATES;
  }

  public RightForm getForm() {
    return form;
  }

  public RightState getState() {
    return state;
  }

  public void setState(RightState state) {
    this.state = state;
  }

  public ListTable<GrantRow> getTable() {
    return table;
  }
}
