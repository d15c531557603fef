package com.atrium.portal;

import com.atrium.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** {@code index.xhtml}: sends each user to the first page of their role. */
@Named
@RequestScoped
public class HomeBacking {

  public String start() {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    if (ec.isUserInRole(Roles.MERCHANT_ASSISTANT)) {
      return "/merchant/serve?faces-redirect=true";
    }
    return ec.isUserInRole(Roles.MERCHANT_MANAGER)
        ? "/merchant/clearing/statements?faces-redirect=true"
        : "/operator/dashboard?faces-redirect=true";
  }
}
