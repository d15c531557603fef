package com.atrium.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A portal session ends after {@code atrium.session.idle-minutes} without a request. */
@WebListener
public class IdleTimeout implements HttpSessionListener {

  @Inject
  @ConfigProperty(name = "atrium.session.idle-minutes", defaultValue = "30")
  int idleMinutes;

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setMaxInactiveInterval(idleMinutes * 60);
  }
}
