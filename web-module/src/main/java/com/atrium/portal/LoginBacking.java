package com.atrium.portal;

import com.atrium.security.PortalLogin;
import com.atrium.security.Roles;
import com.atrium.web.security.AtriumAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Backs login.xhtml: hands the credentials to the authentication mechanism, then sends the person
 * home.
 */
@Named
@RequestScoped
public class LoginBacking {

  static final String BUNDLE = "com.atrium.portal.messages";
  static final String OPERATOR_HOME = "/operator/dashboard.xhtml";
  static final String MERCHANT_HOME = "/merchant/serve.xhtml";

  /** A tenant's manager starts at its clearing statements. */
  static final String MANAGER_HOME = "/merchant/clearing/statements.xhtml";

  static final int TOO_MANY_REQUESTS = 429;

  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject LocaleBacking locale;

  private String username;
  private String password;
  private String lang;

  /**
   * The login page's language switch ({@code ?lang=zh|en}): the session's language, as the header's
   * switch sets it, so that it stays the portal's after sign-in. Anything else is ignored.
   */
  public void chooseLanguage() {
    if ("zh".equals(lang) || "en".equals(lang)) {
      locale.change(lang);
    }
  }

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, password)));
    password = null;
    if (request.getAttribute(AtriumAuthenticationMechanism.LOGIN_FAILURE)
        instanceof RuntimeException failure) {
      throw failure; // not a wrong password: the login could not be checked
    }
    Object outcome = request.getAttribute(AtriumAuthenticationMechanism.LOGIN_OUTCOME);
    if (status == AuthenticationStatus.SUCCESS && outcome instanceof PortalLogin.Accepted in) {
      external.redirect(external.getRequestContextPath() + home(in));
      faces.responseComplete();
    } else if (outcome instanceof PortalLogin.Locked locked) {
      error(MessageFormat.format(text("login.locked"), locked.minutes()));
    } else if (outcome instanceof PortalLogin.Throttled throttled) {
      // the page itself, with the standard answer for "slow down" that clients and proxies know
      response.setStatus(TOO_MANY_REQUESTS);
      response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
      error(MessageFormat.format(text("login.throttled"), throttled.retryAfterSeconds()));
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
    } else {
      error(text("login.failed"));
    }
  }

  static String home(PortalLogin.Accepted who) {
    if (who.mustChangePassword()) {
      return AtriumAuthenticationMechanism.PASSWORD_PAGE;
    }
    return homeOf(who.roles());
  }

  /** The first page of a person with these roles: the till, the statements, or the dashboard. */
  static String homeOf(Set<String> roles) {
    if (roles.contains(Roles.MERCHANT_ASSISTANT)) {
      return MERCHANT_HOME;
    }
    return roles.contains(Roles.MERCHANT_MANAGER) ? MANAGER_HOME : OPERATOR_HOME;
  }

  /**
   * Chinese for browsers that prefer it, English otherwise: for the pages shown without a session
   * (expired.xhtml, error.xhtml); the login page itself follows the session ({@link
   * LocaleBacking}).
   */
  public Locale getLocale() {
    Locale preferred = faces.getExternalContext().getRequestLocale();
    return preferred != null && "zh".equals(preferred.getLanguage())
        ? Locale.SIMPLIFIED_CHINESE
        : Locale.ENGLISH;
  }

  private String text(String key) {
    return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
  }

  private void error(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
