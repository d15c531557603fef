package com.atrium.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One client's keep-alive HTTP/1.1 connection: blocking, single request in flight, re-opened when
 * the server closes it. The benchmark shares two cores between Atrium, PostgreSQL and this driver;
 * {@code java.net.http.HttpClient} spent about a millisecond of CPU per request (its selector
 * thread, async pipeline and header maps), as much as PostgreSQL did for the accrual itself, so the
 * load driver was a third of the machine. This client writes the request bytes and reads the status
 * line, the headers it needs and the body: a few microseconds.
 */
final class Connection implements AutoCloseable {

  private static final int TIMEOUT_MILLIS = 10_000;

  /** One answer: status code and body. */
  record Response(int status, String body) {}

  private final String host;
  private final int port;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  Connection(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** Sends one request (headers given as name, value pairs) and reads the whole answer. */
  Response send(String method, String path, byte[] body, String... headers) throws IOException {
    StringBuilder head = new StringBuilder(512);
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append(':').append(port).append("\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    if (body.length > 0 || !method.equals("GET")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] bytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    boolean fresh = socket == null;
    try {
      return exchange(bytes, body);
    } catch (IOException e) {
      close();
      if (fresh) {
        throw e;
      }
      // the server closed an idle keep-alive connection: once more on a new one
      return exchange(bytes, body);
    }
  }

  private Response exchange(byte[] head, byte[] body) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }
    if (body.length == 0) {
      out.write(head);
    } else {
      byte[] all = new byte[head.length + body.length];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(body, 0, all, head.length, body.length);
      out.write(all);
    }
    out.flush();
    String status = line();
    if (!status.startsWith("HTTP/1.")) {
      throw new IOException("Not an HTTP answer: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closes = false;
    for (String h = line(); !h.isEmpty(); h = line()) {
      int colon = h.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> closes = value.equalsIgnoreCase("close");
        default -> {}
      }
    }
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        copy(size, content);
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      copy(length, content);
    } else {
      in.transferTo(content);
      closes = true;
    }
    if (closes) {
      close();
    }
    return new Response(code, content.toString(StandardCharsets.UTF_8));
  }

  private long chunkSize() throws IOException {
    String size = line();
    int semicolon = size.indexOf(';');
    return Long.parseLong(semicolon < 0 ? size.trim() : size.substring(0, semicolon).trim(), 16);
  }

  private void copy(long n, ByteArrayOutputStream to) throws IOException {
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    while (n > 0) {
      int read = in.read(buffer, 0, (int) Math.min(n, buffer.length));
      if (read < 0) {
        throw new EOFException("The answer ended early");
      }
      to.write(buffer, 0, read);
      n -= read;
    }
  }

  private String line() throws IOException {
    StringBuilder s = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("The connection closed");
      }
      if (c != '\r') {
        s.append((char) c);
      }
    }
    return s.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    socket = null;
    out = null;
    in = null;
  }
}
