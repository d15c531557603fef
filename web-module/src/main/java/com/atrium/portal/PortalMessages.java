package com.atrium.portal;

import com.atrium.platform.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns what a service says into Faces messages in the user's language. A {@link DomainException}
 * is looked up as {@code error.<CODE>} in the bundle (falling back to its own message, which a text
 * may quote as <code>{0}</code>) and attached to the input that shows the field it names, so the
 * user sees it where they have to act.
 */
public final class PortalMessages {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private PortalMessages() {}

  /** The bundle text for a key, formatted with the arguments; the key itself when missing. */
  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    try {
      String pattern = bundle.getString(key);
      return args.length == 0
          ? pattern
          : new MessageFormat(pattern, bundle.getLocale()).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The bundle text for a key, or null when the bundle has none (the caller's own fallback). */
  public static String known(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.containsKey(key) ? bundle.getString(key) : null;
  }

  public static void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
  }

  /** Shows an error on the page (the growl) with the bundle text for a key. */
  public static void error(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
  }

  /**
   * Shows a refusal. {@code fields} maps a service's field name to the id of the input (relative to
   * the view root, e.g. {@code "form:phone"}); unmapped or absent fields go to the page.
   */
  public static void error(RuntimeException thrown, Map<String, String> fields) {
    DomainException domain = cause(thrown, DomainException.class);
    if (domain != null) {
      String key = "error." + domain.code();
      String text = text(key);
      if (text.equals(key)) {
        text = domain.getMessage();
      } else if (text.contains("{0}")) {
        // a text that names the detail only the refusal knows (which campaign, which line)
        text = text(key, domain.getMessage());
      }
      add(text, domain.field(), fields);
      return;
    }
    ConstraintViolationException invalid = cause(thrown, ConstraintViolationException.class);
    if (invalid != null) {
      for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
        String path = v.getPropertyPath().toString();
        add(v.getMessage(), path.substring(path.lastIndexOf('.') + 1), fields);
      }
      return;
    }
    throw thrown;
  }

  /** An instant as local date and time in the mall's zone. */
  public static String dateTime(Instant instant, ZoneId zone) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
  }

  /** The day {@code instant} falls on in {@code zone}, as yyyy-MM-dd. */
  public static String day(Instant instant, ZoneId zone) {
    return instant == null ? "" : instant.atZone(zone).toLocalDate().toString();
  }

  /**
   * The last day of a period stored with an exclusive end: an end at midnight belongs to the day
   * before (a reward "until 2027-03-31" is stored as 2027-04-01 00:00), one during a day to that
   * day.
   */
  public static String lastDay(Instant exclusiveEnd, ZoneId zone) {
    return exclusiveEnd == null
        ? ""
        : exclusiveEnd.minusNanos(1).atZone(zone).toLocalDate().toString();
  }

  private static void add(String text, String field, Map<String, String> fields) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String clientId = null;
    if (field != null && fields.containsKey(field)) {
      UIComponent input = faces.getViewRoot().findComponent(fields.get(field));
      if (input != null) {
        clientId = input.getClientId(faces);
      }
    }
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  /** The first cause of the given type; an EJBException may hold its cause only as "caused by". */
  public static <T extends Throwable> T cause(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = next(c)) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  private static Throwable next(Throwable t) {
    if (t.getCause() == null && t instanceof EJBException ejb) {
      return ejb.getCausedByException();
    }
    return t.getCause();
  }
}
