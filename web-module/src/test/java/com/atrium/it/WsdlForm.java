package com.atrium.it;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A WSDL document's canonical form, to tell whether two documents describe the same contract
 * whatever the serializer: namespaces by URI, never by prefix (also inside QName values such as
 * {@code type="tns:Link"}); attributes as a sorted set; comments, whitespace between elements and
 * namespace declarations left out; the soap:address location left out (each server fills in its
 * own); the children of wsdl:definitions and xs:schema as a sorted set (their order means nothing,
 * and a serializer may keep them in a map), every other element's children in their order (a
 * sequence's order is the contract). An imported or included document (wsdl:import, xs:import,
 * xs:include with a location) is read through {@code fetch} and its canonical form stands in the
 * place of the location, which differs between the served copy and the checked-in one.
 */
public final class WsdlForm {

  static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
  static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
  static final Set<String> SOAP_BINDINGS =
      Set.of("http://schemas.xmlsoap.org/wsdl/soap/", "http://schemas.xmlsoap.org/wsdl/soap12/");

  /** Attributes whose value is a QName (or, for memberTypes, a list of them). */
  static final Set<String> QNAMES =
      Set.of("type", "element", "message", "binding", "base", "ref", "itemType", "memberTypes");

  private final UnaryOperator<String> fetch;

  private WsdlForm(UnaryOperator<String> fetch) {
    this.fetch = fetch;
  }

  /**
   * The canonical form of {@code xml}; {@code fetch} answers the text of an imported document by
   * the location the importing document names.
   */
  public static String of(String xml, UnaryOperator<String> fetch) {
    return new WsdlForm(fetch).element(parse(xml).getDocumentElement(), "");
  }

  static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalArgumentException("not XML: " + e.getMessage(), e);
    }
  }

  private String element(Element e, String indent) {
    String ns = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
    String local = e.getLocalName();
    StringBuilder b = new StringBuilder(indent).append('{').append(ns).append('}').append(local);
    TreeMap<String, String> attributes = new TreeMap<>();
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      String ans = a.getNamespaceURI() == null ? "" : a.getNamespaceURI();
      String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ans)) {
        continue;
      }
      if (SOAP_BINDINGS.contains(ns) && "address".equals(local) && "location".equals(name)) {
        continue;
      }
      String value = a.getValue();
      if (ans.isEmpty() && QNAMES.contains(name)) {
        value = qnames(e, value);
      }
      if (imports(ns, local) && ("schemaLocation".equals(name) || "location".equals(name))) {
        value = "\n" + element(parse(fetch.apply(value)).getDocumentElement(), indent + "    ");
      }
      attributes.put((ans.isEmpty() ? "" : "{" + ans + "}") + name, value);
    }
    b.append(attributes);
    List<String> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        children.add(element(child, indent + "  "));
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(n.getNodeValue());
      }
    }
    String words = text.toString().strip().replaceAll("\\s+", " ");
    if (!words.isEmpty()) {
      b.append(" \"").append(words).append('"');
    }
    if ((WSDL.equals(ns) && "definitions".equals(local))
        || (XSD.equals(ns) && "schema".equals(local))) {
      children.sort(null);
    }
    for (String child : children) {
      b.append('\n').append(child);
    }
    return b.toString();
  }

  private static boolean imports(String ns, String local) {
    return (WSDL.equals(ns) && "import".equals(local))
        || (XSD.equals(ns) && ("import".equals(local) || "include".equals(local)));
  }

  /** Each {@code prefix:local} of the value as {@code {namespace}local}, the prefix in scope. */
  private static String qnames(Element e, String value) {
    List<String> out = new ArrayList<>();
    for (String q : value.strip().split("\\s+")) {
      int colon = q.indexOf(':');
      String prefix = colon < 0 ? null : q.substring(0, colon);
      String uri = e.lookupNamespaceURI(prefix);
      out.add("{" + (uri == null ? "" : uri) + "}" + q.substring(colon + 1));
    }
    return String.join(" ", out);
  }
}
