package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the WSDL comparison of SoapSecurityIT tells apart: other prefixes, another order of messages
 * and types, another address and comments are the same contract; another element type, another
 * order within a sequence, a missing optional marker or a changed imported schema are not.
 */
class WsdlFormTest {

  private static final String CONTRACT =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- a comment -->
      <wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
          xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
          xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:t" targetNamespace="urn:t">
        <wsdl:types>
          <xs:schema targetNamespace="urn:t" elementFormDefault="qualified">
            <xs:complexType name="Link">
              <xs:sequence>
                <xs:element name="memberRef" type="xs:string"/>
                <xs:element name="at" type="xs:dateTime" minOccurs="0"/>
              </xs:sequence>
            </xs:complexType>
            <xs:element name="Get" type="tns:Link"/>
          </xs:schema>
        </wsdl:types>
        <wsdl:message name="A"><wsdl:part name="p" element="tns:Get"/></wsdl:message>
        <wsdl:message name="B"><wsdl:part name="p" element="tns:Get"/></wsdl:message>
        <wsdl:service name="S"><wsdl:port name="P" binding="tns:Bind">
          <soap:address location="http://localhost:8080/soap/partner"/></wsdl:port></wsdl:service>
      </wsdl:definitions>
      """;

  private static String form(String xml) {
    return WsdlForm.of(xml, location -> Map.of("types.xsd", TYPES).get(location));
  }

  private static final String TYPES =
      """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:u">
        <xs:simpleType name="Code"><xs:restriction base="xs:string"/></xs:simpleType>
      </xs:schema>
      """;

  @Test
  void prefixesOrderOfMessagesAddressAndCommentsDoNotCount() {
    String served =
        CONTRACT
            .replace("<!-- a comment -->", "")
            .replace("xs:", "xsd:")
            .replace("xmlns:xs=", "xmlns:xsd=")
            .replace("tns:", "ns1:")
            .replace("xmlns:tns=", "xmlns:ns1=")
            .replace(
                "<wsdl:message name=\"A\"><wsdl:part name=\"p\" element=\"ns1:Get\"/></wsdl:message>",
                "")
            .replace(
                "<wsdl:service",
                "<wsdl:message name=\"A\"><wsdl:part name=\"p\" element=\"ns1:Get\"/></wsdl:message>"
                    + "<wsdl:service")
            .replace("http://localhost:8080/soap/partner", "http://127.0.0.1:41234/soap/partner");
    assertThat(served).isNotEqualTo(CONTRACT);
    assertThat(form(served)).isEqualTo(form(CONTRACT));
  }

  @Test
  void anotherTypeOrderWithinASequenceOrOptionalityCounts() {
    assertThat(form(CONTRACT.replace("type=\"xs:dateTime\"", "type=\"xs:string\"")))
        .isNotEqualTo(form(CONTRACT));
    String first = "<xs:element name=\"memberRef\" type=\"xs:string\"/>";
    String second = "<xs:element name=\"at\" type=\"xs:dateTime\" minOccurs=\"0\"/>";
    assertThat(form(CONTRACT.replace(first, "@").replace(second, first).replace("@", second)))
        .isNotEqualTo(form(CONTRACT));
    assertThat(form(CONTRACT.replace(" minOccurs=\"0\"", ""))).isNotEqualTo(form(CONTRACT));
    // a QName in another namespace, though written with the same local name
    assertThat(form(CONTRACT.replace("xmlns:tns=\"urn:t\"", "xmlns:tns=\"urn:other\"")))
        .isNotEqualTo(form(CONTRACT));
  }

  @Test
  void anImportedSchemaIsComparedInItsPlace() {
    String importing =
        CONTRACT.replace(
            "<xs:complexType name=\"Link\">",
            "<xs:import namespace=\"urn:u\" schemaLocation=\"types.xsd\"/>"
                + "<xs:complexType name=\"Link\">");
    String servedElsewhere =
        WsdlForm.of(
            importing.replace("types.xsd", "partner?xsd=types.xsd"),
            location -> Map.of("partner?xsd=types.xsd", TYPES).get(location));
    assertThat(servedElsewhere).isEqualTo(form(importing)).contains("urn:u").contains("Code");
    String changed =
        WsdlForm.of(
            importing, location -> TYPES.replace("base=\"xs:string\"", "base=\"xs:token\""));
    assertThat(changed).isNotEqualTo(form(importing));
  }

  @Test
  void aDocumentTypeIsRefused() {
    assertThatThrownBy(
            () -> form("<!DOCTYPE x [<!ENTITY e \"e\">]><wsdl:definitions xmlns:wsdl=\"x\"/>"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
