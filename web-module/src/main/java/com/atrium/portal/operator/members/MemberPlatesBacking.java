package com.atrium.portal.operator.members;

import com.atrium.member.MemberService;
import com.atrium.member.MemberView;
import com.atrium.parking.ConsentView;
import com.atrium.parking.PlateRegistry;
import com.atrium.parking.PlateView;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
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
 * {@code operator/members/plates.xhtml}: the service desk records a member's plate consent, binds
 * and unbinds plates (masked in the list), and withdraws the consent. The rules are the {@link
 * PlateRegistry}'s; this bean only shows its answers.
 */
@Named
@ViewScoped
public class MemberPlatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS = Map.of("plate", "bind-form:plate");

  @EJB MemberService members;
  @EJB PlateRegistry plates;
  @Inject MallConfiguration mall;

  private Long id;
  private MemberView member;
  private ConsentView consent;
  private List<PlateView> bound = List.of();
  private String plate;

  /** Runs on the initial GET, after the {@code id} view parameter is set. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback() || id == null) {
      return;
    }
    refresh();
  }

  private void refresh() {
    member = members.get(id);
    consent = plates.consentOf(id).orElse(null);
    bound = plates.platesOf(id);
  }

  public void giveConsent() {
    act(() -> plates.giveConsent(id), "plates.consentGiven");
  }

  public void withdrawConsent() {
    act(() -> plates.withdrawConsent(id), "plates.consentWithdrawn");
  }

  public void bind() {
    try {
      PlateView bound = plates.bind(id, plate);
      PortalMessages.info("plates.bound", bound.masked());
      plate = null;
      refresh();
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  public void unbind(PlateView view) {
    act(() -> plates.unbind(id, view.id()), "plates.unbound", view.masked());
  }

  private void act(Runnable action, String done, Object... args) {
    try {
      action.run();
      PortalMessages.info(done, args);
      refresh();
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  public String getConsentTextVersion() {
    return plates.consentTextVersion();
  }

  public String dateTime(Instant instant) {
    return PortalMessages.dateTime(instant, mall.zone());
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

  public ConsentView getConsent() {
    return consent;
  }

  public List<PlateView> getBound() {
    return bound;
  }

  public String getPlate() {
    return plate;
  }

  public void setPlate(String plate) {
    this.plate = plate;
  }
}
