package com.atrium.portal;

import com.atrium.platform.DomainException;
import com.atrium.security.PortalLogin;
import com.atrium.web.security.PortalIdentity;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code password.xhtml}: the signed-in person chooses their own password. A person whose password
 * an admin set (a new login, a reset) is sent here and can open nothing else until done.
 */
@Named
@RequestScoped
public class PasswordBacking {

  private static final Map<String, String> FIELDS =
      Map.of(
          "currentPassword", "password:current",
          "password", "password:chosen",
          "confirmation", "password:confirmation");

  @EJB PortalLogin login;

  private String current;
  private String chosen;
  private String confirmation;

  /** Only a person who is signed in has a password to change here. */
  public void load() throws IOException {
    if (identity().isEmpty()) {
      ExternalContext external = external();
      external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
  }

  public boolean isRequired() {
    return identity().map(PortalIdentity::mustChangePassword).orElse(false);
  }

  public void change() throws IOException {
    try {
      if (chosen == null || !chosen.equals(confirmation)) {
        PortalMessages.error(
            DomainException.invalid(
                "PASSWORD_MISMATCH", "confirmation", "The two new passwords differ"),
            FIELDS);
        return;
      }
      login.changeOwnPassword(current, chosen);
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
      return;
    } finally {
      current = null;
      chosen = null;
      confirmation = null;
    }
    PortalIdentity who = identity().orElseThrow();
    PortalIdentity.keep(session(), new PortalIdentity(who.username(), who.roles(), false));
    PortalMessages.info("password.changed");
    ExternalContext external = external();
    external.getFlash().setKeepMessages(true);
    external.redirect(external.getRequestContextPath() + LoginBacking.homeOf(who.roles()));
  }

  private static Optional<PortalIdentity> identity() {
    return PortalIdentity.of(session());
  }

  private static HttpSession session() {
    return (HttpSession) external().getSession(false);
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
