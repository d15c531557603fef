package com.atrium.portal.operator.clearing;

import com.atrium.clearing.BlockPurchaseDraft;
import com.atrium.clearing.BlockPurchaseView;
import com.atrium.clearing.BlockPurchases;
import com.atrium.clearing.BlockStanding;
import com.atrium.clearing.PrepaidBlocks;
import com.atrium.clearing.PurchaseRecorded;
import com.atrium.clearing.SettlementMode;
import com.atrium.platform.Page;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.operator.members.PagedModel;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code operator/clearing/blocks.xhtml}: a prepaid tenant's block (picked like the terms page
 * picks one): its standing with what makes it, the alert of its last purchase, its purchases newest
 * first, and the dialog that records a purchase. The service prices it and keeps it idempotent by
 * its reference: sending the same purchase again answers the one recorded.
 */
@Named
@ViewScoped
public class ClearingBlocksBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Service field name → input id, so a refusal shows next to the field it is about. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "points", "purchase:points",
          "reference", "purchase:reference",
          "note", "purchase:note");

  @EJB PrepaidBlocks blocks;
  @EJB TenantService tenants;
  @EJB MallRegistry malls;
  @Inject MallConfiguration configuration;

  private final TenantPicker picker = new TenantPicker();
  private Long tenant;
  private BlockPurchases head;
  private BlockStanding standing;
  private PagedModel<BlockPurchaseView> purchases;
  private String zone;

  private Long points;
  private String reference;
  private String note;

  /** Runs on the initial GET, after the {@code tenant} view parameter is set. */
  public void load() {
    TenantPicker.load(tenant, this::pick);
  }

  /** Shows the picked tenant's block and purchases. */
  public void pick() {
    head = null;
    standing = null;
    purchases = null;
    if (tenant == null) {
      return;
    }
    TenantView t = tenants.view(tenant);
    zone = TenantPicker.zoneOf(t, malls, configuration);
    refresh();
    prepare();
  }

  private void refresh() {
    head = blocks.purchases(tenant, 0, 1);
    standing = blocks.standing(tenant);
    PrepaidBlocks service = blocks;
    long t = tenant;
    purchases =
        new PagedModel<>(
            (offset, limit) -> {
              BlockPurchases page = service.purchases(t, offset, limit);
              return new Page<>(page.purchases(), page.offset(), page.limit(), page.total());
            },
            p -> String.valueOf(p.id()));
  }

  /** Empties the purchase dialog. */
  public void prepare() {
    points = null;
    reference = null;
    note = null;
  }

  public void purchase() {
    try {
      PurchaseRecorded recorded =
          blocks.purchase(
              tenant, new BlockPurchaseDraft(points == null ? 0 : points, reference, note));
      BlockPurchaseView p = recorded.purchase();
      PortalMessages.info(
          recorded.replay() ? "blocks.replayed" : "blocks.purchased",
          p.reference(),
          p.points(),
          p.price().toPlainString());
      refresh();
      prepare();
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  /** The last purchase: the block whose alert is watched. */
  public Optional<BlockPurchaseView> getLast() {
    return head == null ? Optional.empty() : head.purchases().stream().findFirst();
  }

  /** The alert's state: ALERTED (sent), LOW (at or below its threshold), OK, or NONE. */
  public String getAlertState() {
    Optional<BlockPurchaseView> last = getLast();
    if (last.isEmpty()) {
      return "NONE";
    }
    if (last.get().alertedAt().isPresent()) {
      return "ALERTED";
    }
    return standing != null && standing.balance() <= last.get().alertAtOrBelow() ? "LOW" : "OK";
  }

  public boolean isPrepaid() {
    return head != null && head.settlementMode() == SettlementMode.PREPAID;
  }

  public List<TenantView> getTenants() {
    return picker.tenants(tenants, tenant);
  }

  public BlockPurchases getHead() {
    return head;
  }

  public BlockStanding getStanding() {
    return standing;
  }

  public PagedModel<BlockPurchaseView> getPurchases() {
    return purchases;
  }

  public String getZone() {
    return zone;
  }

  public Long getTenant() {
    return tenant;
  }

  public void setTenant(Long tenant) {
    this.tenant = tenant;
  }

  public Long getPoints() {
    return points;
  }

  public void setPoints(Long points) {
    this.points = points;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
