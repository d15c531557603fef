package com.atrium.web.security;

import com.atrium.api.problem.Problems;
import com.atrium.api.problem.ServiceUnavailable;
import com.atrium.platform.DatabaseUnavailable;
import com.atrium.security.CurrentCaller;
import com.atrium.security.MachineAuthenticator;
import com.atrium.security.MachineKind;
import com.atrium.security.PortalLogin;
import com.atrium.security.RequestSignature;
import com.atrium.security.SignedRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;

/**
 * The one authentication mechanism of the WAR. Machines under {@code /api/} prove themselves on
 * every request with a signed request and never get a session; a verified key gets its kind's role
 * and may call only its kind's prefix ({@link MachinePaths}); the operators' own API ({@code
 * /api/v1/operator/}) and the tenant managers' ({@code /api/v1/merchant/}) accept a logged-in
 * portal session. People log in through the portal's login page; their identity is kept in the HTTP
 * session and handed to the container again on each request. A protected page asked for without a
 * login is answered with a redirect to the login page.
 */
@ApplicationScoped
public class AtriumAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Request attribute where a portal login leaves its {@link PortalLogin.Outcome}. */
  public static final String LOGIN_OUTCOME =
      AtriumAuthenticationMechanism.class.getName() + ".outcome";

  /**
   * Request attribute where a portal login that could not be checked (the database away) leaves its
   * failure: the container would log it and answer as if the password were wrong, so the login page
   * throws it instead, to be answered like any other page's failure.
   */
  public static final String LOGIN_FAILURE =
      AtriumAuthenticationMechanism.class.getName() + ".failure";

  static final String LOGIN_PAGE = "/login.xhtml";

  /** Where a person whose password an admin set chooses their own; nothing else opens till then. */
  public static final String PASSWORD_PAGE = "/password.xhtml";

  @EJB MachineAuthenticator machines;
  @EJB PortalLogin portalLogin;
  @Inject CurrentCaller caller;
  @Inject ClientAddresses clientAddresses;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.getAuthParameters().getCredential() instanceof MachineProofCredential proof) {
      return validateProof(request, context, proof);
    }
    if (isApi(request)) {
      return validateMachine(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential login) {
      return logIn(request, context, login);
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(PortalIdentity.SESSION_KEY) instanceof PortalIdentity who) {
      if (who.mustChangePassword() && !mayOpenBeforeChoosingAPassword(request)) {
        return context.redirect(request.getContextPath() + PASSWORD_PAGE);
      }
      return establish(context, who.username(), who.roles());
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(PortalIdentity.SESSION_KEY);
    }
    caller.forgotten();
  }

  /** Hands the caller to the container, and tells the request's {@link CurrentCaller} the same. */
  private AuthenticationStatus establish(
      HttpMessageContext context, String name, Set<String> groups) {
    caller.established(name, groups);
    return context.notifyContainerAboutLogin(name, groups);
  }

  private AuthenticationStatus logIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential login) {
    PortalLogin.Outcome outcome;
    try {
      outcome =
          portalLogin.logIn(
              login.getCaller(), login.getPasswordAsString(), clientAddresses.of(request));
    } catch (RuntimeException e) {
      request.setAttribute(LOGIN_FAILURE, e);
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.setAttribute(LOGIN_OUTCOME, outcome);
    if (outcome instanceof PortalLogin.Accepted in) {
      // a new session id at login, so that a session id planted before login is worth nothing
      HttpSession session = request.getSession(true);
      if (!session.isNew()) {
        request.changeSessionId();
      }
      session.setAttribute(
          PortalIdentity.SESSION_KEY,
          new PortalIdentity(in.username(), in.roles(), in.mustChangePassword()));
      return establish(context, in.username(), in.roles());
    }
    // no 401 error page: the login page itself tells the person what went wrong
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus validateMachine(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (RadiusBasicAuth.applies(request, mappedPath(request))) {
      return validateRadius(request, response, context);
    }
    SignedRequest signed = signedRequest(request);
    if (!signed.attemptsSigning()) {
      // operators and tenant managers call their own API from a logged-in portal session
      // (SameSite=Lax cookie); web.xml's constraints say which role reaches which
      if (isSessionApi(request)
          && request.getSession(false) != null
          && request.getSession(false).getAttribute(PortalIdentity.SESSION_KEY)
              instanceof PortalIdentity who
          && !who.mustChangePassword()) {
        if (!SessionCalls.allowed(request)) {
          Problems.forbidden(response, SessionCalls.CODE, SessionCalls.DETAIL);
          return AuthenticationStatus.SEND_FAILURE;
        }
        return establish(context, who.username(), who.roles());
      }
      if (context.isProtected()) {
        Problems.unauthorized(response, SignedRequest.Rejection.SIGNATURE_MISSING);
        return AuthenticationStatus.SEND_FAILURE;
      }
      return context.doNothing();
    }
    MachineAuthenticator.Verdict verdict;
    try {
      verdict = machines.verify(signed);
    } catch (RuntimeException e) {
      // checking a key needs the database; this runs before any filter or mapper could answer
      if (!DatabaseUnavailable.isCauseOf(e)) {
        throw e;
      }
      ServiceUnavailable.write(response);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (verdict instanceof MachineAuthenticator.Verified ok) {
      if (!MachinePaths.allows(ok.kind(), mappedPath(request))) {
        Problems.forbidden(
            response,
            MachinePaths.WRONG_KEY_KIND,
            "A "
                + ok.kind()
                + " key may call only "
                + MachinePaths.prefixOf(ok.kind())
                + "/; use a key of the kind this API is for");
        return AuthenticationStatus.SEND_FAILURE;
      }
      return establish(context, ok.keyId(), Set.of(ok.kind().role()));
    }
    Problems.unauthorized(response, ((MachineAuthenticator.Refused) verdict).reason());
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * A proof handed over by the SOAP endpoint: only a PARTNER key is established (SOAP is the
   * partners' protocol); anything else leaves the request unauthenticated and the verdict in a
   * request attribute, and the endpoint answers with a fault of its own protocol.
   */
  private AuthenticationStatus validateProof(
      HttpServletRequest request, HttpMessageContext context, MachineProofCredential proof) {
    MachineAuthenticator.Verdict verdict = machines.verify(proof.proof());
    request.setAttribute(MachineProofCredential.VERDICT, verdict);
    if (verdict instanceof MachineAuthenticator.Verified ok && ok.kind() == MachineKind.PARTNER) {
      return establish(context, ok.keyId(), Set.of(ok.kind().role()));
    }
    return context.doNothing();
  }

  /**
   * A RADIUS server's basic credentials (a WIFI_CONTROLLER key id and secret), only from a loopback
   * peer or over TLS; anywhere else they are refused before they are checked.
   */
  private AuthenticationStatus validateRadius(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (!RadiusBasicAuth.safeChannel(request)) {
      Problems.forbidden(
          response,
          RadiusBasicAuth.INSECURE,
          "Basic credentials are accepted only from the loopback interface or over TLS");
      return AuthenticationStatus.SEND_FAILURE;
    }
    var credentials = RadiusBasicAuth.credentials(request);
    MachineAuthenticator.Verdict verdict;
    try {
      verdict =
          credentials.isEmpty()
              ? new MachineAuthenticator.Refused(SignedRequest.Rejection.UNKNOWN_KEY)
              : machines.verifyBasic(credentials.get().keyId(), credentials.get().secret());
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.isCauseOf(e)) {
        throw e;
      }
      ServiceUnavailable.write(response);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (verdict instanceof MachineAuthenticator.Verified ok) {
      return establish(context, ok.keyId(), Set.of(ok.kind().role()));
    }
    Problems.unauthorized(response, ((MachineAuthenticator.Refused) verdict).reason());
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The password page itself, what it needs to render, and the way out. */
  static boolean mayOpenBeforeChoosingAPassword(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(PASSWORD_PAGE)
        || path.startsWith("/jakarta.faces.resource/")
        || path.equals("/logout");
  }

  static boolean isApi(HttpServletRequest request) {
    return path(request).startsWith("/api/");
  }

  /** The APIs people call with their portal session: the operators' and the tenant managers'. */
  static boolean isSessionApi(HttpServletRequest request) {
    String path = path(request);
    return path.startsWith("/api/v1/operator/") || path.startsWith("/api/v1/merchant/");
  }

  /**
   * The path the container maps (decoded, dot segments resolved), so that {@code
   * /api/v1/pos/../operator} counts as the operators' API it reaches.
   */
  static String mappedPath(HttpServletRequest request) {
    String info = request.getPathInfo();
    return request.getServletPath() + (info == null ? "" : info);
  }

  /** The request's path inside the application, as sent. */
  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The headers as sent; the signed path is the request URI as sent, with its query string. */
  static SignedRequest signedRequest(HttpServletRequest request) {
    String query = request.getQueryString();
    return new SignedRequest(
        request.getMethod(),
        request.getRequestURI() + (query == null ? "" : "?" + query),
        request.getHeader(RequestSignature.KEY_ID),
        request.getHeader(RequestSignature.TIMESTAMP),
        request.getHeader(RequestSignature.NONCE),
        request.getHeader(RequestSignature.CONTENT_SHA256),
        request.getHeader(RequestSignature.SIGNATURE));
  }
}
