package com.atrium.web.security;

import com.atrium.portal.LocaleBacking;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the person's login and session, then shows the login page, in the language the person chose
 * with a switch (the session that remembered it is gone; the login page's {@code ?lang=} sets it
 * again).
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  @Inject transient LocaleBacking locale;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    request.logout();
    HttpSession session = request.getSession(false);
    String lang = "";
    if (session != null) {
      // asked only with a session: the session-scoped bean would make one
      lang = locale.chosenTag().map(tag -> "?lang=" + tag).orElse("");
      session.invalidate();
    }
    response.sendRedirect(
        request.getContextPath() + AtriumAuthenticationMechanism.LOGIN_PAGE + lang);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    doGet(request, response);
  }
}
