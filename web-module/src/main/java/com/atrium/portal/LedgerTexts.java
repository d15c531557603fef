package com.atrium.portal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's-language text of what the ledger and the member flags store. They keep one English
 * business text ("Points as cash P-7", "Refund R1 of sale S1"), which the API, the exports and the
 * audit show as it is; the portal shows each shape the code writes through its bundle key, with the
 * references as arguments. A text of no known shape shows as stored.
 */
public final class LedgerTexts {

  private record Shape(Pattern pattern, String key) {}

  /** First match wins: a longer shape comes before the shorter one it would also match. */
  private static final List<Shape> SHAPES =
      List.of(
          shape("Sale (.+)", "serve.history.sale"),
          shape("Refund (\\S+) of sale (.+) \\(points already spent\\)", "text.refundSpent"),
          shape(
              "Refund (\\S+) of sale (\\S+): (\\d+) points already spent could not be taken back",
              "text.refundUnrecovered"),
          shape("Refund (\\S+) of sale (.+)", "text.refund"),
          shape("Reward (.+)", "text.reward"),
          shape("Cancel redemption (\\d+)", "text.cancelRedemption"),
          shape("Coupon (\\S+) honoured", "text.couponHonoured"),
          shape("Points as cash (.+)", "text.pointsAsCash"),
          shape("Exchange IN reversed", "text.exchangeInReversed"),
          shape("Exchange OUT reversed", "text.exchangeOutReversed"),
          shape("Exchange OUT rejected by (.+)", "text.exchangeOutRejected"),
          shape("Exchange IN (\\S+) (.+)", "text.exchangeIn"),
          shape("Exchange OUT (\\S+) (.+)", "text.exchangeOut"),
          shape("Parking released (.+)", "text.parkingReleased"),
          shape("Parking (.+)", "text.parking"),
          shape("WiFi visit (\\S+) (\\S+)", "text.wifiVisit"),
          shape("Expiry of lot (\\d+)", "text.expiry"),
          shape("Adjustment (\\d+): (.*)", "text.adjustment"),
          shape(
              "Member over the daily sales limit: (\\d+) sales, ([0-9.]+) CNY \\(sale (\\d+)\\)",
              "text.memberVelocity"),
          shape(
              "Assistant (\\S+) over the daily sales limit: (\\d+) sales \\(sale (\\d+)\\)",
              "text.assistantVelocity"));

  private LedgerTexts() {}

  /** {@code stored} in the user's language, through {@link PortalMessages#text}. */
  public static String describe(String stored) {
    return describe(stored, PortalMessages::text);
  }

  /**
   * {@code stored} through {@code text} (a bundle key and its arguments → the text), so that the
   * shapes are tested against the real bundles without a Faces context.
   */
  public static String describe(String stored, BiFunction<String, Object[], String> text) {
    if (stored == null) {
      return "";
    }
    for (Shape shape : SHAPES) {
      Matcher m = shape.pattern().matcher(stored);
      if (m.matches()) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = m.group(i + 1);
        }
        return text.apply(shape.key(), args);
      }
    }
    return stored;
  }

  private static Shape shape(String regex, String key) {
    return new Shape(Pattern.compile(regex), key);
  }
}
