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
    boolean assistant = ec.isUserInRole(Roles.MERCHANT_ASSISTANT);
    return assistant
        ? "/merchant/serve?faces-redirect=true"
        : "/operator/dashboard?faces-redirect=true";
  }
}
