package com.atrium.soap.partner;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses hostile XML before the SOAP runtime (CXF on Payara Micro, Metro on full Payara Server)
 * reads it: a body over 64 KiB (MESSAGE_TOO_LARGE, read no further), any DTD or entity reference,
 * so no external entity and no entity expansion (XML_REFUSED), nesting deeper than 32, more than 64
 * children of one element, 512 elements in all or 4096 characters of text (XML_REFUSED), and what
 * is not XML at all (SOAP_REQUEST_INVALID). Only POST carries a request: any other method is
 * SOAP_REQUEST_INVALID too, but a GET of the WSDL ({@code ?wsdl}, {@code ?xsd=}). Each is a SOAP
 * fault answered here, so the operation never runs and nothing changes. A body that passes goes on
 * as read.
 *
 * <p>One exception: an UploadReconciliationFile request carries a whole file as the base64 text of
 * its {@code file} element, so that one text may be long and the request larger (bounded by {@link
 * XmlLimits#MAX_FILE_TEXT} and {@link XmlLimits#MAX_FILE_MESSAGE_BYTES}); every other bound holds
 * for it. The request is marked ({@link #FILE_UPLOAD}) for {@link FileUploadLimits}, which gives
 * CXF's reader (on Payara Micro) the same allowance for that request only.
 */
public class SoapGate extends HttpFilter {

  /** The request attribute marking a reconciliation file's upload. */
  static final String FILE_UPLOAD = "atrium.soap.fileUpload";

  private static final XMLInputFactory XML = secureFactory();
  private static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
  private static final String UPLOAD = "UploadReconciliationFile";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isMetadataRequest(request.getMethod(), request.getQueryString())) {
      chain.doFilter(request, response);
      return;
    }
    if (!"POST".equals(request.getMethod())) {
      // Metro would take a SOAP message by PUT (past every bound below) and answer a bare GET with
      // an HTML page naming the implementation class: only POST carries a request, as on CXF
      drain(request);
      refuse(
          response,
          "SOAP_REQUEST_INVALID",
          "A SOAP request is sent by POST; the WSDL is read by GET with ?wsdl");
      return;
    }
    long declared = request.getContentLengthLong();
    InputStream in = request.getInputStream();
    byte[] body = in.readNBytes(XmlLimits.MAX_BYTES + 1);
    // the operation is named by the first element of the body, within the first 64 KiB
    boolean upload = isFileUpload(body);
    int bound = upload ? XmlLimits.MAX_FILE_MESSAGE_BYTES : XmlLimits.MAX_BYTES;
    if (upload && body.length > XmlLimits.MAX_BYTES && declared <= bound) {
      byte[] rest = in.readNBytes(bound + 1 - body.length);
      byte[] all = new byte[body.length + rest.length];
      System.arraycopy(body, 0, all, 0, body.length);
      System.arraycopy(rest, 0, all, body.length, rest.length);
      body = all;
    }
    if (body.length > bound || declared > bound) {
      drain(request);
      refuse(
          response,
          "MESSAGE_TOO_LARGE",
          upload
              ? "A reconciliation file's request is larger than " + bound + " bytes"
              : "The request is larger than 64 KiB");
      return;
    }
    Optional<String[]> refusal = inspect(body, upload);
    if (refusal.isPresent()) {
      refuse(response, refusal.get()[0], refusal.get()[1]);
      return;
    }
    if (upload) {
      request.setAttribute(FILE_UPLOAD, Boolean.TRUE);
    }
    chain.doFilter(new Buffered(request, body), response);
  }

  /** A GET (or HEAD) of the WSDL or of a schema it imports: {@code ?wsdl}, {@code ?xsd=...}. */
  static boolean isMetadataRequest(String method, String query) {
    if (!"GET".equals(method) && !"HEAD".equals(method) || query == null) {
      return false;
    }
    String q = query.toLowerCase(Locale.ROOT);
    return q.equals("wsdl") || q.startsWith("wsdl=") || q.startsWith("xsd=");
  }

  /**
   * Reads and drops what is left of a refused body, up to {@link XmlLimits#MAX_DRAINED} bytes, so
   * that a client still sending reads the fault instead of a connection reset; nothing is kept.
   */
  private static void drain(HttpServletRequest request) throws IOException {
    byte[] sink = new byte[8192];
    InputStream in = request.getInputStream();
    long left = XmlLimits.MAX_DRAINED;
    for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) {
      left -= n;
    }
  }

  /**
   * Whether the body's first element inside the SOAP Body is an UploadReconciliationFile request;
   * reads only as far as that element, so a truncated body answers too.
   */
  static boolean isFileUpload(byte[] body) {
    XMLStreamReader reader = null;
    try {
      reader = XML.createXMLStreamReader(new ByteArrayInputStream(body));
      int depth = 0;
      boolean inBody = false;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          return false;
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (inBody) {
            return depth == 3
                && SoapFaults.NS.equals(reader.getNamespaceURI())
                && UPLOAD.equals(reader.getLocalName());
          }
          inBody =
              depth == 2
                  && ENVELOPE_NS.equals(reader.getNamespaceURI())
                  && "Body".equals(reader.getLocalName());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      return false;
    } catch (XMLStreamException | RuntimeException e) {
      return false;
    } finally {
      close(reader);
    }
  }

  /** {@link #inspect(byte[], boolean)} for any request but a file's upload. */
  static Optional<String[]> inspect(byte[] body) {
    return inspect(body, false);
  }

  /**
   * The code and message refusing the body, or empty when it is within every bound; in a file's
   * upload the text of its {@code file} element may be up to {@link XmlLimits#MAX_FILE_TEXT} long.
   */
  static Optional<String[]> inspect(byte[] body, boolean upload) {
    XMLStreamReader reader = null;
    try {
      reader = XML.createXMLStreamReader(new ByteArrayInputStream(body));
      Deque<int[]> open = new ArrayDeque<>();
      Deque<String> names = new ArrayDeque<>();
      int elements = 0;
      while (reader.hasNext()) {
        switch (reader.next()) {
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> {
            return refused("A DTD or entity is not accepted in a SOAP request");
          }
          case XMLStreamConstants.START_ELEMENT -> {
            if (!open.isEmpty() && ++open.peek()[0] > XmlLimits.MAX_CHILDREN) {
              return refused("An element has more than 64 children");
            }
            if (++elements > XmlLimits.MAX_ELEMENTS) {
              return refused("The request has more than 512 elements");
            }
            open.push(new int[] {0});
            names.push(SoapFaults.NS.equals(reader.getNamespaceURI()) ? reader.getLocalName() : "");
            if (open.size() > XmlLimits.MAX_DEPTH) {
              return refused("The request is nested deeper than 32 elements");
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            open.pop();
            names.pop();
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            boolean file = upload && isUploadedFile(names);
            if (reader.getTextLength() > (file ? XmlLimits.MAX_FILE_TEXT : XmlLimits.MAX_TEXT)) {
              return refused(
                  file
                      ? "The file is longer than " + XmlLimits.MAX_FILE_TEXT + " characters"
                      : "A text is longer than 4096 characters");
            }
          }
          default -> {}
        }
      }
      return Optional.empty();
    } catch (XMLStreamException | RuntimeException e) {
      return Optional.of(
          new String[] {"SOAP_REQUEST_INVALID", "The request is not a well-formed SOAP message"});
    } finally {
      close(reader);
    }
  }

  /** Whether the open element is the {@code file} of an UploadReconciliationFile. */
  private static boolean isUploadedFile(Deque<String> names) {
    if (names.size() < 2 || !"file".equals(names.peek())) {
      return false;
    }
    var it = names.iterator();
    it.next();
    return UPLOAD.equals(it.next());
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // nothing held
      }
    }
  }

  private static Optional<String[]> refused(String message) {
    return Optional.of(new String[] {"XML_REFUSED", message});
  }

  private static void refuse(HttpServletResponse response, String code, String message)
      throws IOException {
    byte[] fault = SoapFaults.envelope(code, message);
    // SOAP 1.1 answers a fault with 500 and the fault envelope (WS-I Basic Profile)
    response.setStatus(500);
    response.setContentType("text/xml;charset=UTF-8");
    response.setContentLength(fault.length);
    response.getOutputStream().write(fault);
  }

  /** No DTD processing, no external entities, no entity replacement. */
  private static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** The request with its body already read. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("Blocking reads only");
        }
      };
    }
  }
}
