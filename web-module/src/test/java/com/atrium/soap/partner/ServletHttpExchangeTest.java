package com.atrium.soap.partner;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.ws.handler.MessageContext;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bridge between a servlet request and the JAX-WS HTTP SPI, as Metro uses it: status and
 * headers set by the runtime reach the response before its first byte (or at close, without a
 * body); the handlers find the servlet request, response and context under the standard keys; the
 * address the WSDL gets is the request's own host and port.
 */
class ServletHttpExchangeTest {

  private final List<String> calls = new ArrayList<>();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final HttpServletRequest request = request();
  private final HttpServletResponse response = response();
  private final ServletContext servletContext = proxy(ServletContext.class, (m, a) -> null);
  private final ServletHttpContext context = new ServletHttpContext("/soap/partner");
  private final ServletHttpExchange exchange =
      new ServletHttpExchange(context, request, response, servletContext);

  @Test
  void statusAndHeadersReachTheResponseBeforeTheBody() throws Exception {
    exchange.setStatus(500);
    exchange.addResponseHeader("Content-Type", "text/xml; charset=utf-8");
    exchange.addResponseHeader("X-Extra", "1");
    assertThat(calls).isEmpty();

    OutputStream out = exchange.getResponseBody();
    out.write("<fault/>".getBytes(StandardCharsets.UTF_8));
    exchange.close();

    assertThat(calls)
        .containsExactly(
            "setStatus 500", "setContentType text/xml; charset=utf-8", "addHeader X-Extra 1");
    assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("<fault/>");
  }

  @Test
  void closeWithoutABodyStillCommitsTheStatusOnce() {
    exchange.setStatus(202);
    exchange.close();
    exchange.close();
    assertThat(calls).containsExactly("setStatus 202");
  }

  @Test
  void handlersFindTheServletObjectsUnderTheStandardKeys() {
    assertThat(exchange.getAttribute(MessageContext.SERVLET_REQUEST)).isSameAs(request);
    assertThat(exchange.getAttribute(MessageContext.SERVLET_RESPONSE)).isSameAs(response);
    assertThat(exchange.getAttribute(MessageContext.SERVLET_CONTEXT)).isSameAs(servletContext);
    assertThat(exchange.getAttributeNames())
        .containsExactlyInAnyOrder(
            MessageContext.SERVLET_REQUEST,
            MessageContext.SERVLET_RESPONSE,
            MessageContext.SERVLET_CONTEXT);
  }

  @Test
  void theAddressIsTheRequestsOwnHostAndPort() {
    assertThat(exchange.getLocalAddress().getHostString()).isEqualTo("partners.example");
    assertThat(exchange.getLocalAddress().getPort()).isEqualTo(28080);
    assertThat(exchange.getLocalAddress().isUnresolved()).isTrue();
    assertThat(exchange.getContextPath()).isEmpty();
    assertThat(exchange.getHttpContext().getPath()).isEqualTo("/soap/partner");
    assertThat(exchange.getQueryString()).isEqualTo("wsdl");
  }

  @Test
  void requestHeadersAreReadWhateverTheirCase() {
    Map<String, List<String>> headers = exchange.getRequestHeaders();
    assertThat(headers.get("content-type")).containsExactly("text/xml");
    assertThat(headers.get("SOAPACTION")).containsExactly("\"\"");
  }

  @Test
  void aContextWithoutAPublishedEndpointSaysSo() {
    assertThat(context.published()).isFalse();
  }

  private HttpServletRequest request() {
    Map<String, String> headers = Map.of("Content-Type", "text/xml", "SOAPAction", "\"\"");
    return proxy(
        HttpServletRequest.class,
        (method, args) ->
            switch (method) {
              case "getServerName" -> "partners.example";
              case "getServerPort" -> 28080;
              case "getContextPath" -> "";
              case "getQueryString" -> "wsdl";
              case "getHeaderNames" -> Collections.enumeration(headers.keySet());
              case "getHeaders" -> Collections.enumeration(List.of(headers.get((String) args[0])));
              default -> null;
            });
  }

  private HttpServletResponse response() {
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}
        };
    return proxy(
        HttpServletResponse.class,
        (method, args) -> {
          switch (method) {
            case "getOutputStream" -> {
              return out;
            }
            case "setStatus", "setContentType", "addHeader", "setContentLengthLong" -> {
              StringBuilder call = new StringBuilder(method);
              for (Object a : args) {
                call.append(' ').append(a);
              }
              calls.add(call.toString());
              return null;
            }
            default -> {
              return null;
            }
          }
        });
  }

  private interface Answer {
    Object answer(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (p, method, args) -> answer.answer(method.getName(), args)));
  }
}
