package com.atrium.it;

import com.atrium.it.soap.client.PartnerPort;
import com.atrium.it.soap.client.PartnerService;
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
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * A partner's SOAP side as an integrator builds it: the client generated from the checked-in WSDL
 * (cxf-codegen-plugin wsdl2java), reading the served {@code ?wsdl}, with a standard JAX-WS handler
 * adding a WS-Security UsernameToken (PasswordDigest, Nonce, Created) to each request; and raw
 * envelopes posted over HTTP for what a generated client would never send.
 */
public final class SoapPartner {

  static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
  static final String WSU =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
  static final String NONCE_ENCODING =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0"
          + "#Base64Binary";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern FAULT_CODE =
      Pattern.compile("<faultcode[^>]*>(?:[A-Za-z0-9_]+:)?([A-Z_]+)</faultcode>");

  private SoapPartner() {}

  static URI endpoint() {
    return RunningAtrium.baseUri().resolve("/soap/partner");
  }

  /** The generated client, signing each request with the key. */
  public static PartnerPort port(String keyId, String secret) {
    try {
      PartnerService service = new PartnerService(new URL(endpoint() + "?wsdl"));
      PartnerPort port = service.getPartnerPort();
      BindingProvider bp = (BindingProvider) port;
      bp.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint().toString());
      @SuppressWarnings("rawtypes")
      List<Handler> chain = List.of(new TokenHandler(keyId, secret));
      bp.getBinding().setHandlerChain(chain);
      return port;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static PartnerPort port(Fixtures.MachineKey key) {
    return port(key.keyId(), key.secret());
  }

  /** The stable code of a fault the generated client threw. */
  static String codeOf(SOAPFaultException fault) {
    return fault.getFault().getFaultCodeAsQName().getLocalPart();
  }

  /** A fresh nonce of 16 random bytes, Base64. */
  static String nonce() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** The wsse:Security header as a partner writes it. */
  static String securityHeader(
      String username, String secret, String nonce, String created, String passwordType) {
    String digest =
        UsernameToken.passwordDigest(Base64.getDecoder().decode(nonce), created, secret);
    return "<wsse:Security soap:mustUnderstand=\"1\" xmlns:wsse=\""
        + WSSE
        + "\" xmlns:wsu=\""
        + WSU
        + "\"><wsse:UsernameToken><wsse:Username>"
        + username
        + "</wsse:Username><wsse:Password Type=\""
        + passwordType
        + "\">"
        + digest
        + "</wsse:Password><wsse:Nonce EncodingType=\""
        + NONCE_ENCODING
        + "\">"
        + nonce
        + "</wsse:Nonce><wsu:Created>"
        + created
        + "</wsu:Created></wsse:UsernameToken></wsse:Security>";
  }

  static String header(String username, String secret) {
    return securityHeader(username, secret, nonce(), now(), UsernameToken.PASSWORD_DIGEST);
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

  static String exchangeIn(String txn, String ref, long units) {
    return "<p:ExchangeIn><p:partnerTxnId>"
        + txn
        + "</p:partnerTxnId><p:memberRef>"
        + ref
        + "</p:memberRef><p:partnerAmount>"
        + units
        + "</p:partnerAmount></p:ExchangeIn>";
  }

  record Answer(int status, String body) {
    /** The fault's stable code, or null when the answer is no fault. */
    String faultCode() {
      Matcher m = FAULT_CODE.matcher(body);
      return m.find() ? m.group(1) : null;
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  static Answer post(String xml) {
    return post(xml.getBytes(StandardCharsets.UTF_8));
  }

  static Answer post(byte[] xml) {
    return send("POST", xml);
  }

  /** The body sent to the endpoint with another method than a SOAP client's POST. */
  static Answer send(String method, byte[] xml) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(endpoint())
                  .header("Content-Type", "text/xml; charset=UTF-8")
                  .header("SOAPAction", "\"urn:atrium:partner:v1:ExchangeIn\"")
                  .method(method, HttpRequest.BodyPublishers.ofByteArray(xml))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Answer get(String pathAndQuery) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(RunningAtrium.baseUri().resolve(pathAndQuery)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
        String nonce = nonce();
        String created = now();
        SOAPElement security = header.addChildElement("Security", "wsse", WSSE);
        SOAPElement token = security.addChildElement("UsernameToken", "wsse");
        token.addChildElement("Username", "wsse").addTextNode(keyId);
        token
            .addChildElement("Password", "wsse")
            .addAttribute(new QName("Type"), UsernameToken.PASSWORD_DIGEST)
            .addTextNode(
                UsernameToken.passwordDigest(Base64.getDecoder().decode(nonce), created, secret));
        token
            .addChildElement("Nonce", "wsse")
            .addAttribute(new QName("EncodingType"), NONCE_ENCODING)
            .addTextNode(nonce);
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
