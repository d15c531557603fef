package com.atrium.ear;

import com.atrium.security.UsernameToken;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Envelopes for the partners' SOAP endpoint as a partner writes them by hand
 * (docs/partners-soap.md): a WS-Security UsernameToken with PasswordDigest, Nonce and Created, and
 * the operations' bodies.
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

  /** A fresh UsernameToken header for the demo airline's key. */
  static String header() {
    return header(KEY_ID, SECRET);
  }

  static String header(String username, String secret) {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    return "<wsse:Security soap:mustUnderstand=\"1\" xmlns:wsse=\""
        + WSSE
        + "\" xmlns:wsu=\""
        + WSU
        + "\"><wsse:UsernameToken><wsse:Username>"
        + username
        + "</wsse:Username><wsse:Password Type=\""
        + UsernameToken.PASSWORD_DIGEST
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
}
