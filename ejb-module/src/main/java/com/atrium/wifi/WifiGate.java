package com.atrium.wifi;

import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.OptionalLong;

/**
 * The one entry point of a WiFi controller, whatever the protocol (REST, or FreeRADIUS through
 * rlm_rest): the mall is the signing key's, never a request's. Runs outside a transaction so that a
 * refusal (wrong code, quota used up) is committed to the log and the code's attempts before it is
 * answered; accounting runs through {@link ExactlyOnce}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed(Roles.WIFI_CONTROLLER)
public class WifiGate {

  @EJB WifiBook book;
  @Inject CurrentCaller caller;

  /** Sends a one-time code to the phone if it is a member's; the answer is the same either way. */
  public CodeReceipt requestCode(String phone, String mac, String accessPoint) {
    long mall = caller.requireMallId();
    return book.requestCode(mall, phone, mac, accessPoint);
  }

  /**
   * Authorises a device with the phone's one-time code, or without one when the device is
   * remembered for a member in this mall ({@code code} null).
   */
  public Authorised authorise(
      String phone, String code, String mac, String accessPoint, boolean remember) {
    long mall = caller.requireMallId();
    long member;
    WifiAuthorisation.Method method;
    if (code == null) {
      OptionalLong remembered = book.rememberedMember(mall, mac);
      if (remembered.isEmpty()) {
        throw DomainException.invalid(
            "WIFI_DEVICE_NOT_REMEMBERED", "code", "This device is not remembered; send a code");
      }
      member = remembered.getAsLong();
      method = WifiAuthorisation.Method.REMEMBERED;
    } else {
      WifiBook.CodeCheck check = book.proveCode(mall, phone, code, mac, accessPoint);
      switch (check.proof()) {
        case PROVED -> member = check.memberId();
        case WRONG ->
            throw DomainException.invalid("WIFI_CODE_INVALID", "code", "The code is not right");
        case EXPIRED ->
            throw DomainException.conflict(
                "WIFI_CODE_EXPIRED", "The code has expired; request a new one");
        default ->
            throw DomainException.conflict(
                "WIFI_CODE_LOCKED", "Too many wrong codes; request a new one");
      }
      method = WifiAuthorisation.Method.CODE;
    }
    WifiBook.Outcome outcome = book.authorise(mall, member, method, mac, accessPoint, remember);
    if (outcome instanceof WifiBook.Granted granted) {
      return granted.authorised();
    }
    String reason = ((WifiBook.Refused) outcome).reason();
    if (reason.equals("QUOTA_USED_UP")) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "WIFI_QUOTA_USED_UP",
          null,
          "Today's WiFi quota is used up; it is renewed on the next business day");
    }
    throw new DomainException(
        DomainException.Kind.FORBIDDEN, "WIFI_MEMBER_INACTIVE", null, "The member is not active");
  }

  /** An accounting report (start, interim, stop) with the session's totals so far. */
  public AccountingReceipt account(
      String acctSessionId,
      WifiSession.Report kind,
      String mac,
      long inputBytes,
      long outputBytes,
      long sessionSeconds) {
    long mall = caller.requireMallId();
    return ExactlyOnce.run(
        attempt ->
            book.account(mall, acctSessionId, kind, mac, inputBytes, outputBytes, sessionSeconds));
  }
}
