package com.atrium.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Keeps full phone numbers out of every log: at startup it puts a {@link PhoneMaskingFilter} in
 * front of each handler of the root logger (where the server's console and file handlers hang, and
 * where every logger's records end up) and on the root logger itself; at undeploy it puts the
 * previous filters back so that no class of this application stays referenced by the server.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LogMasking {

  private static final Logger LOG = Logger.getLogger(LogMasking.class.getName());

  @PostConstruct
  void install() {
    int handlers = maskHandlersOf(Logger.getLogger(""));
    LOG.info(() -> "Phone numbers are masked in logs (" + handlers + " root handlers filtered)");
  }

  @PreDestroy
  void uninstall() {
    unmaskHandlersOf(Logger.getLogger(""));
  }

  /** Wraps the logger's filter and its handlers' filters; returns the number of handlers. */
  static int maskHandlersOf(Logger root) {
    if (!(root.getFilter() instanceof PhoneMaskingFilter)) {
      root.setFilter(new PhoneMaskingFilter(root.getFilter()));
    }
    Handler[] handlers = root.getHandlers();
    for (Handler h : handlers) {
      if (!(h.getFilter() instanceof PhoneMaskingFilter)) {
        h.setFilter(new PhoneMaskingFilter(h.getFilter()));
      }
    }
    return handlers.length;
  }

  static void unmaskHandlersOf(Logger root) {
    if (root.getFilter() instanceof PhoneMaskingFilter f) {
      root.setFilter(f.next());
    }
    for (Handler h : root.getHandlers()) {
      if (h.getFilter() instanceof PhoneMaskingFilter f) {
        h.setFilter(f.next());
      }
    }
  }
}
