package com.atrium.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's language for this session: the browser's Accept-Language picks Chinese or English
 * until the user chooses one with the switch in the header.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Locale chosen;

  public Locale getLocale() {
    return chosen != null ? chosen : fromBrowser();
  }

  /** The language chosen with a switch ("zh" or "en"), if any: the browser's is not a choice. */
  public Optional<String> chosenTag() {
    return Optional.ofNullable(chosen).map(Locale::getLanguage);
  }

  public boolean isChinese() {
    return "zh".equals(getLocale().getLanguage());
  }

  /**
   * Switches the language and renders the same view again, so a page's state (the member at the
   * till, a half-filled form) survives the switch.
   */
  public void change(String tag) {
    chosen = "zh_CN".equals(tag) || "zh".equals(tag) ? CHINESE : ENGLISH;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
  }

  private static Locale fromBrowser() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return ENGLISH;
    }
    Iterator<Locale> preferred = faces.getExternalContext().getRequestLocales();
    while (preferred.hasNext()) {
      String language = preferred.next().getLanguage();
      if ("zh".equals(language)) {
        return CHINESE;
      }
      if ("en".equals(language)) {
        return ENGLISH;
      }
    }
    return ENGLISH;
  }
}
