package com.atrium.soap.partner;

import com.atrium.platform.DatabaseUnavailable;
import com.atrium.security.MachineAuthenticator;
import com.atrium.security.MachineKind;
import com.atrium.security.SignedRequest;
import com.atrium.security.UsernameToken;
import com.atrium.web.security.MachineProofCredential;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Authenticates every inbound SOAP request by its WS-Security UsernameToken (PasswordDigest, Nonce,
 * Created), handing it to the WAR's authentication mechanism through {@code
 * SecurityContext.authenticate}, so that the container knows the PARTNER key as the caller (the
 * facade's {@code @RolesAllowed} and {@code CurrentCaller} work as for REST). A missing, faulty,
 * stale or replayed token is a SOAP fault with the REST API's code; the operation never runs.
 */
final class UsernameTokenHandler implements SOAPHandler<SOAPMessageContext> {

  private static final Logger LOG = Logger.getLogger(UsernameTokenHandler.class.getName());

  static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
  static final String WSU =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
  static final QName SECURITY = new QName(WSSE, "Security");

  /** The fault code of a request without a usable token (REST: SIGNATURE_MISSING). */
  static final String UNAUTHENTICATED = "UNAUTHENTICATED";

  private final SecurityContext security;

  UsernameTokenHandler(SecurityContext security) {
    this.security = security;
  }

  @Override
  public boolean handleMessage(SOAPMessageContext context) {
    if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
      return true;
    }
    UsernameToken token = token(context);
    HttpServletRequest request = (HttpServletRequest) context.get(MessageContext.SERVLET_REQUEST);
    HttpServletResponse response =
        (HttpServletResponse) context.get(MessageContext.SERVLET_RESPONSE);
    try {
      security.authenticate(
          request,
          response,
          AuthenticationParameters.withParams()
              .credential(new MachineProofCredential(token))
              .newAuthentication(true));
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.isCauseOf(e)) {
        throw SoapFaults.fault("SERVICE_UNAVAILABLE", "Atrium cannot reach its database; retry");
      }
      LOG.log(Level.SEVERE, "Checking a UsernameToken failed", e);
      throw SoapFaults.fault("INTERNAL_ERROR", "Something went wrong on our side");
    }
    Object verdict = request.getAttribute(MachineProofCredential.VERDICT);
    if (verdict instanceof MachineAuthenticator.Verified ok) {
      if (ok.kind() != MachineKind.PARTNER) {
        throw SoapFaults.fault(
            "WRONG_KEY_KIND", "A " + ok.kind() + " key may not call the partner endpoint");
      }
      return true;
    }
    if (verdict instanceof MachineAuthenticator.Refused refused) {
      throw SoapFaults.fault(codeOf(refused.reason()), detailOf(refused.reason()));
    }
    throw SoapFaults.fault(UNAUTHENTICATED, "The request could not be authenticated");
  }

  static String codeOf(SignedRequest.Rejection reason) {
    return reason == SignedRequest.Rejection.SIGNATURE_MISSING ? UNAUTHENTICATED : reason.name();
  }

  private static String detailOf(SignedRequest.Rejection reason) {
    return switch (reason) {
      case SIGNATURE_MISSING ->
          "A wsse:Security header with a UsernameToken (Username, PasswordDigest, Nonce, Created)"
              + " is required";
      case TIMESTAMP_OUT_OF_WINDOW ->
          "wsu:Created is more than 300 seconds from the server's clock";
      case NONCE_REUSED -> "This nonce has already been used with this key";
      case UNKNOWN_KEY -> "No enabled API client has this username (key id)";
      case SIGNATURE_INVALID -> "The password digest does not match";
    };
  }

  /** The token's parts as sent; absent parts are null (refused by the check as missing). */
  static UsernameToken token(SOAPMessageContext context) {
    try {
      SOAPHeader header = context.getMessage().getSOAPHeader();
      Element ut =
          header == null ? null : child(first(header, WSSE, "Security"), WSSE, "UsernameToken");
      if (ut == null) {
        return new UsernameToken(null, null, null, null, null);
      }
      Element password = child(ut, WSSE, "Password");
      return new UsernameToken(
          text(child(ut, WSSE, "Username")),
          password == null ? null : password.getAttribute("Type"),
          text(password),
          text(child(ut, WSSE, "Nonce")),
          text(child(ut, WSU, "Created")));
    } catch (SOAPException e) {
      return new UsernameToken(null, null, null, null, null);
    }
  }

  private static Element first(Element parent, String ns, String name) {
    return child(parent, ns, name);
  }

  private static Element child(Element parent, String ns, String name) {
    if (parent == null) {
      return null;
    }
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node n = children.item(i);
      if (n instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element e) {
    return e == null ? null : e.getTextContent().trim();
  }

  /** Marks wsse:Security as understood, so that mustUnderstand="1" is accepted. */
  @Override
  public Set<QName> getHeaders() {
    return Set.of(SECURITY);
  }

  @Override
  public boolean handleFault(SOAPMessageContext context) {
    return true;
  }

  @Override
  public void close(MessageContext context) {}
}
