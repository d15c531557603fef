package com.atrium.soap.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only a reconciliation file's upload may carry one long text, and only in its file element. */
class SoapGateTest {

  private static byte[] envelope(String body) {
    return ("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:a=\"urn:atrium:partner:v1\"><s:Header><a:Ignored/></s:Header><s:Body>"
            + body
            + "</s:Body></s:Envelope>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] upload(String day, String file) {
    return envelope(
        "<a:UploadReconciliationFile><a:businessDay>"
            + day
            + "</a:businessDay><a:file>"
            + file
            + "</a:file></a:UploadReconciliationFile>");
  }

  private static String code(Optional<String[]> refusal) {
    return refusal.map(r -> r[0]).orElse("none");
  }

  @Test
  void anUploadIsRecognisedByTheBodysFirstElementEvenWhenCutShort() {
    byte[] whole = upload("2026-12-02", "SEVMTE8=");
    assertThat(SoapGate.isFileUpload(whole)).isTrue();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 40);
    assertThat(SoapGate.isFileUpload(cut)).isTrue();
    assertThat(
            SoapGate.isFileUpload(
                envelope("<a:GetBalance><a:memberRef>x</a:memberRef>" + "</a:GetBalance>")))
        .isFalse();
    // the name in another namespace, or in the header, is no upload
    assertThat(
            SoapGate.isFileUpload(
                envelope("<UploadReconciliationFile><file>x</file></UploadReconciliationFile>")))
        .isFalse();
    assertThat(SoapGate.isFileUpload("not xml".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void onlyTheUploadedFileMayBeALongText() {
    String longText = "A".repeat(XmlLimits.MAX_TEXT + 1);
    assertThat(code(SoapGate.inspect(upload("2026-12-02", longText), true))).isEqualTo("none");
    assertThat(code(SoapGate.inspect(upload("2026-12-02", longText), false)))
        .isEqualTo("XML_REFUSED");
    assertThat(code(SoapGate.inspect(upload(longText, "SEVMTE8="), true))).isEqualTo("XML_REFUSED");
    assertThat(
            code(
                SoapGate.inspect(
                    envelope("<a:GetBalance><a:file>" + longText + "</a:file></a:GetBalance>"),
                    true)))
        .isEqualTo("XML_REFUSED");
  }

  @Test
  void anUploadStillRefusesADtd() {
    byte[] dtd =
        ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]>"
                + new String(upload("2026-12-02", "&e;"), StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);
    assertThat(SoapGate.isFileUpload(dtd)).isFalse();
    assertThat(code(SoapGate.inspect(dtd, true))).isEqualTo("XML_REFUSED");
  }

  /** Only the WSDL (and a schema it imports) passes by GET; a request passes only by POST. */
  @Test
  void onlyAGetOfTheWsdlPassesWithoutAPost() {
    assertThat(SoapGate.isMetadataRequest("GET", "wsdl")).isTrue();
    assertThat(SoapGate.isMetadataRequest("GET", "WSDL")).isTrue();
    assertThat(SoapGate.isMetadataRequest("HEAD", "wsdl")).isTrue();
    assertThat(SoapGate.isMetadataRequest("GET", "xsd=1")).isTrue();
    assertThat(SoapGate.isMetadataRequest("GET", "wsdl=PartnerPort.wsdl")).isTrue();
    assertThat(SoapGate.isMetadataRequest("GET", null)).isFalse();
    assertThat(SoapGate.isMetadataRequest("GET", "foo")).isFalse();
    assertThat(SoapGate.isMetadataRequest("GET", "wsdlx")).isFalse();
    assertThat(SoapGate.isMetadataRequest("PUT", "wsdl")).isFalse();
    assertThat(SoapGate.isMetadataRequest("POST", "wsdl")).isFalse();
  }
}
