package com.atrium.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Message templates per language ({@code templates.properties} English, {@code
 * templates_zh.properties} Simplified Chinese); a member's language other than zh or en gets
 * Chinese, the mall's language.
 */
public final class Templates {

  private static final String BUNDLE = "com.atrium.notification.templates";

  private Templates() {}

  /** "Points expiring": how many points stop being valid after which day. */
  public static Rendered expiryReminder(
      String language, String memberName, long points, LocalDate lastValidDay) {
    ResourceBundle b = bundle(language);
    Object[] args = {memberName, Long.toString(points), lastValidDay.toString()};
    return new Rendered(
        format(b, "expiry.subject", args, language), format(b, "expiry.body", args, language));
  }

  /**
   * "Prepaid block running low": a tenant's block is down to {@code left} points (or overdrawn).
   */
  public static Rendered prepaidBlockLow(
      String language, String tenantCode, String tenantName, long left, long purchased) {
    ResourceBundle b = bundle(language);
    Object[] args = {tenantCode, tenantName, Long.toString(left), Long.toString(purchased)};
    return new Rendered(
        format(b, "block.subject", args, language), format(b, "block.body", args, language));
  }

  /** "Link to a partner": the one-time code a partner's member confirms the link with. */
  public static Rendered partnerLinkCode(
      String language, String partnerName, String code, long validMinutes) {
    ResourceBundle b = bundle(language);
    Object[] args = {partnerName, code, Long.toString(validMinutes)};
    return new Rendered(
        format(b, "partnerLink.subject", args, language),
        format(b, "partnerLink.body", args, language));
  }

  /** A one-time code of {@code kind} (e.g. WIFI_CODE) and the minutes it is valid. */
  public static Rendered oneTimeCode(String language, String kind, String code, long validMinutes) {
    ResourceBundle b = bundle(language);
    Object[] args = {code, Long.toString(validMinutes)};
    return new Rendered(
        format(b, "code." + kind + ".subject", args, language),
        format(b, "code." + kind + ".body", args, language));
  }

  static String languageOf(String language) {
    return "en".equals(language) ? "en" : "zh";
  }

  private static ResourceBundle bundle(String language) {
    Locale locale = "en".equals(languageOf(language)) ? Locale.ROOT : Locale.SIMPLIFIED_CHINESE;
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String format(ResourceBundle b, String key, Object[] args, String language) {
    return new MessageFormat(b.getString(key), Locale.forLanguageTag(languageOf(language)))
        .format(args);
  }
}
