package com.atrium.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP forwarder that a test can cut and restore, to take a server away from the process
 * that talks to it without stopping the server: {@link #cut()} closes the listening socket (new
 * connections are refused) and every forwarded connection (open ones break); {@link #restore()}
 * listens on the same port again.
 *
 * <pre>
 * try (TcpProxy proxy = TcpProxy.start("127.0.0.1", 5432)) {
 *   ... "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/db" ...
 *   proxy.cut();  ...  proxy.restore();
 * }
 * </pre>
 */
public final class TcpProxy implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final int port;
  private volatile ServerSocket listener;

  private TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listener = listen(0);
    this.port = listener.getLocalPort();
    acceptOn(listener);
  }

  public static TcpProxy start(String targetHost, int targetPort) {
    try {
      return new TcpProxy(targetHost, targetPort);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot listen on loopback", e);
    }
  }

  /** The loopback port to connect to instead of the target. */
  public int port() {
    return port;
  }

  /** Refuses new connections and breaks every forwarded one. */
  public synchronized void cut() {
    closeQuietly(listener);
    listener = null;
    open.forEach(TcpProxy::closeQuietly);
    open.clear();
  }

  /** Listens on the same port again. */
  public synchronized void restore() {
    if (listener != null) {
      return;
    }
    try {
      listener = listen(port);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot listen on port " + port + " again", e);
    }
    acceptOn(listener);
  }

  @Override
  public void close() {
    cut();
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return s;
  }

  private void acceptOn(ServerSocket server) {
    daemon(
        "proxy-accept-" + port,
        () -> {
          while (!server.isClosed()) {
            Socket client;
            try {
              client = server.accept();
            } catch (IOException e) {
              return; // cut
            }
            forward(server, client);
          }
        });
  }

  /** Connects the accepted client to the target, unless the proxy was cut meanwhile. */
  private synchronized void forward(ServerSocket acceptedBy, Socket client) {
    Socket upstream;
    try {
      if (listener != acceptedBy) {
        throw new IOException("cut");
      }
      upstream = new Socket(targetHost, targetPort);
    } catch (IOException e) {
      closeQuietly(client);
      return;
    }
    open.add(client);
    open.add(upstream);
    daemon("proxy-up-" + port, () -> pump(client, upstream));
    daemon("proxy-down-" + port, () -> pump(upstream, client));
  }

  /** Copies one direction until either side ends, then closes both. */
  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (SocketException e) {
      // closed by cut() or by the other side
    } catch (IOException e) {
      // the same: a broken connection ends the forwarding
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      open.remove(from);
      open.remove(to);
    }
  }

  private static void daemon(String name, Runnable r) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      // already closed
    }
  }
}
