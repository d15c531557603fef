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

  /**
   * A reconciliation file's upload (UploadReconciliationFile): its one {@code file} element may
   * hold the file in base64, a file of at most {@link #MAX_FILE_BYTES} (the REST upload's bound)
   * with room for line breaks; the rest of the request keeps every other bound.
   */
  static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

  static final int MAX_FILE_TEXT = 23 * 1024 * 1024;
  static final int MAX_FILE_MESSAGE_BYTES = MAX_FILE_TEXT + MAX_BYTES;

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
