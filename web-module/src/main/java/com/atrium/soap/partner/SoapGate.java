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
 * is not XML at all (SOAP_REQUEST_INVALID). Each is a SOAP fault answered here, so the operation
 * never runs and nothing changes. A body that passes goes on as read.
 */
public class SoapGate extends HttpFilter {

  private static final XMLInputFactory XML = secureFactory();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body =
        request.getContentLengthLong() > XmlLimits.MAX_BYTES
            ? new byte[XmlLimits.MAX_BYTES + 1]
            : request.getInputStream().readNBytes(XmlLimits.MAX_BYTES + 1);
    if (body.length > XmlLimits.MAX_BYTES) {
      drain(request);
      refuse(response, "MESSAGE_TOO_LARGE", "The request is larger than 64 KiB");
      return;
    }
    Optional<String[]> refusal = inspect(body);
    if (refusal.isPresent()) {
      refuse(response, refusal.get()[0], refusal.get()[1]);
      return;
    }
    chain.doFilter(new Buffered(request, body), response);
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

  /** The code and message refusing the body, or empty when it is within every bound. */
  static Optional<String[]> inspect(byte[] body) {
    XMLStreamReader reader = null;
    try {
      reader = XML.createXMLStreamReader(new ByteArrayInputStream(body));
      Deque<int[]> open = new ArrayDeque<>();
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
            if (open.size() > XmlLimits.MAX_DEPTH) {
              return refused("The request is nested deeper than 32 elements");
            }
          }
          case XMLStreamConstants.END_ELEMENT -> open.pop();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (reader.getTextLength() > XmlLimits.MAX_TEXT) {
              return refused("A text is longer than 4096 characters");
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
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // nothing held
        }
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
