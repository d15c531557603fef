package com.atrium.soap.partner;

import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.nio.charset.StandardCharsets;
import javax.xml.namespace.QName;

/**
 * SOAP 1.1 faults whose faultcode is {@code atr:CODE} in the partner namespace, CODE being the
 * stable code the REST API answers in its problem+json (PARTNER_TXN_CONFLICT, LINK_NOT_FOUND, ...).
 * Standard APIs only: both SOAP runtimes (CXF on Payara Micro, the server's Metro) load it.
 */
final class SoapFaults {

  static final String NS = "urn:atrium:partner:v1";

  private SoapFaults() {}

  static SOAPFaultException fault(String code, String message) {
    try {
      SOAPFault fault =
          SOAPFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL)
              .createFault(message, new QName(NS, code, "atr"));
      return new SOAPFaultException(fault);
    } catch (SOAPException e) {
      throw new IllegalStateException("Cannot build a SOAP fault", e);
    }
  }

  /** The same fault as text, for answers given before CXF reads the request (size, hostile XML). */
  static byte[] envelope(String code, String message) {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soap:Body><soap:Fault><faultcode xmlns:atr=\""
            + NS
            + "\">atr:"
            + code
            + "</faultcode><faultstring>"
            + escape(message)
            + "</faultstring></soap:Fault></soap:Body></soap:Envelope>";
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
