package com.atrium.notification;

import com.atrium.member.PhoneNumber;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One message as the SMS gateway receives it: a JSON body and its signature, HMAC-SHA256 with the
 * shared secret over {@code timestamp + "\n" + body} in lower-case hex, so that the gateway can
 * check who sent it and when (docs/notifications.md, "SMS gateway").
 */
public record SmsRequest(String body, String timestamp) {

  public static final String TIMESTAMP_HEADER = "X-Atrium-Timestamp";
  public static final String SIGNATURE_HEADER = "X-Atrium-Signature";

  static SmsRequest of(
      String account,
      String messageId,
      PhoneNumber to,
      String signName,
      String text,
      long epochMillis) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("account", account);
    if (messageId != null) {
      json.add("messageId", messageId);
    }
    json.add("phone", to.digits()).add("signName", signName).add("text", text);
    return new SmsRequest(json.build().toString(), Long.toString(epochMillis / 1000));
  }

  /** The signature of this request with {@code secret}. */
  public String signature(String secret) {
    return sign(secret, timestamp, body);
  }

  /** What a gateway computes to check a request: HMAC-SHA256 of {@code timestamp\nbody}. */
  public static String sign(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
