package com.atrium.ear;

import com.atrium.ear.soap.client.PartnerPort;
import com.atrium.ear.soap.client.PartnerService;
import com.atrium.security.UsernameToken;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPEnvelope;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.Handler;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.MalformedURLException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;

/**
 * A partner's SOAP side (docs/partners-soap.md): the client generated from the checked-in WSDL (on
 * CXF, the test's JAX-WS) adding a WS-Security UsernameToken to each request, as on Micro
 * (PartnerSoapIT); and envelopes written by hand for what a generated client never sends: a
 * UsernameToken with PasswordDigest, Nonce and Created, and the operations' bodies.
 */
final class PartnerSoapCalls {

  static final String PATH = "/soap/partner";
  static final String KEY_ID = "partner-demoair";
  static final String SECRET = "demo-secret-partner-demoair";

  private static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
  private static final String WSU =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
  private static final String NONCE_ENCODING =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0"
          + "#Base64Binary";
  private static final Pattern FAULT_CODE =
      Pattern.compile("<faultcode[^>]*>(?:[A-Za-z0-9_]+:)?([A-Z_]+)</faultcode>");
  private static final SecureRandom RANDOM = new SecureRandom();

  private PartnerSoapCalls() {}

  /** The generated client at {@code endpoint}, reading its ?wsdl, signing with the key. */
  static PartnerPort port(URI endpoint, String keyId, String secret) {
    try {
      PartnerService service = new PartnerService(endpoint.resolve(PATH + "?wsdl").toURL());
      PartnerPort port = service.getPartnerPort();
      BindingProvider bp = (BindingProvider) port;
      bp.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.toString());
      @SuppressWarnings("rawtypes")
      List<Handler> chain = List.of(new TokenHandler(keyId, secret));
      bp.getBinding().setHandlerChain(chain);
      return port;
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The stable code of a fault the generated client threw. */
  static String codeOf(SOAPFaultException fault) {
    return fault.getFault().getFaultCodeAsQName().getLocalPart();
  }

  /** A fresh UsernameToken header for the demo airline's key. */
  static String header() {
    return header(KEY_ID, SECRET);
  }

  static String header(String username, String secret) {
    return header(username, secret, Instant.now(), UsernameToken.PASSWORD_DIGEST);
  }

  /** A header with a fresh nonce, {@code created} as its time and {@code passwordType}. */
  static String header(String username, String secret, Instant at, String passwordType) {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    String created = at.truncatedTo(ChronoUnit.SECONDS).toString();
    return "<wsse:Security soap:mustUnderstand=\"1\" xmlns:wsse=\""
        + WSSE
        + "\" xmlns:wsu=\""
        + WSU
        + "\"><wsse:UsernameToken><wsse:Username>"
        + username
        + "</wsse:Username><wsse:Password Type=\""
        + passwordType
        + "\">"
        + UsernameToken.passwordDigest(nonce, created, secret)
        + "</wsse:Password><wsse:Nonce EncodingType=\""
        + NONCE_ENCODING
        + "\">"
        + Base64.getEncoder().encodeToString(nonce)
        + "</wsse:Nonce><wsu:Created>"
        + created
        + "</wsu:Created></wsse:UsernameToken></wsse:Security>";
  }

  static String envelope(String header, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:p=\"urn:atrium:partner:v1\"><soap:Header>"
        + header
        + "</soap:Header><soap:Body>"
        + body
        + "</soap:Body></soap:Envelope>";
  }

  /** The same envelope without its XML declaration, for a test that puts a DTD before it. */
  static String withoutDeclaration(String envelope) {
    return envelope.substring(envelope.indexOf("?>") + 2);
  }

  static String whoAmI() {
    return "<p:WhoAmI/>";
  }

  static String balance(String memberRef) {
    return "<p:GetBalance><p:memberRef>" + memberRef + "</p:memberRef></p:GetBalance>";
  }

  static String exchangeIn(String txn, String memberRef, long partnerAmount) {
    return "<p:ExchangeIn><p:partnerTxnId>"
        + txn
        + "</p:partnerTxnId><p:memberRef>"
        + memberRef
        + "</p:memberRef><p:partnerAmount>"
        + partnerAmount
        + "</p:partnerAmount></p:ExchangeIn>";
  }

  static String status(String txn) {
    return "<p:GetExchangeStatus><p:partnerTxnId>"
        + txn
        + "</p:partnerTxnId></p:GetExchangeStatus>";
  }

  /** The fault's stable code, or null when the answer is no fault. */
  static String faultCode(String body) {
    Matcher m = FAULT_CODE.matcher(body);
    return m.find() ? m.group(1) : null;
  }

  /** The text of the first element with this local name (any prefix), or null. */
  static String text(String body, String localName) {
    Matcher m =
        Pattern.compile("<(?:[A-Za-z0-9_]+:)?" + localName + "(?: [^>]*)?>([^<]*)</").matcher(body);
    return m.find() ? m.group(1) : null;
  }

  /** Adds a fresh UsernameToken to every outbound message, as WSS4J would. */
  private static final class TokenHandler implements SOAPHandler<SOAPMessageContext> {
    private final String keyId;
    private final String secret;

    TokenHandler(String keyId, String secret) {
      this.keyId = keyId;
      this.secret = secret;
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
      if (!Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
        return true;
      }
      try {
        SOAPEnvelope env = context.getMessage().getSOAPPart().getEnvelope();
        SOAPHeader header = env.getHeader() == null ? env.addHeader() : env.getHeader();
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        SOAPElement security = header.addChildElement("Security", "wsse", WSSE);
        SOAPElement token = security.addChildElement("UsernameToken", "wsse");
        token.addChildElement("Username", "wsse").addTextNode(keyId);
        token
            .addChildElement("Password", "wsse")
            .addAttribute(new QName("Type"), UsernameToken.PASSWORD_DIGEST)
            .addTextNode(UsernameToken.passwordDigest(nonce, created, secret));
        token
            .addChildElement("Nonce", "wsse")
            .addAttribute(new QName("EncodingType"), NONCE_ENCODING)
            .addTextNode(Base64.getEncoder().encodeToString(nonce));
        token.addChildElement("Created", "wsu", WSU).addTextNode(created);
        context.getMessage().saveChanges();
        return true;
      } catch (SOAPException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
      return true;
    }

    @Override
    public void close(MessageContext context) {}

    @Override
    public Set<QName> getHeaders() {
      return Set.of();
    }
  }
}
