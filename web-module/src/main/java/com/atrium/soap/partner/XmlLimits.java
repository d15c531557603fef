package com.atrium.soap.partner;

import java.util.Map;

/**
 * The bounds of a SOAP request, checked by {@link SoapGate} on both runtimes and again by CXF's
 * StAX reader on Payara Micro.
 */
final class XmlLimits {

  static final int MAX_BYTES = 64 * 1024;
  static final int MAX_DEPTH = 32;
  static final int MAX_CHILDREN = 64;
  static final int MAX_ELEMENTS = 512;
  static final int MAX_TEXT = 4096;

  /** How much of a refused, too large body is read and dropped before the fault is answered. */
  static final long MAX_DRAINED = 1024 * 1024;

  private XmlLimits() {}

  /** CXF's names for the same bounds (org.apache.cxf.staxutils.StaxUtils). */
  static Map<String, Object> cxfProperties() {
    return Map.of(
        "org.apache.cxf.stax.maxChildElements", MAX_CHILDREN,
        "org.apache.cxf.stax.maxElementDepth", MAX_DEPTH,
        "org.apache.cxf.stax.maxElementCount", (long) MAX_ELEMENTS,
        "org.apache.cxf.stax.maxTextLength", MAX_TEXT,
        "org.apache.cxf.stax.maxAttributeCount", 64,
        "org.apache.cxf.stax.maxAttributeSize", MAX_TEXT);
  }
}
