package com.atrium.platform;

import com.atrium.member.PhoneNumber;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Masks every 11-digit mainland mobile number (138****1234) in a log record's message and
 * parameters before a handler writes it, then defers to the filter it replaced. It rewrites the
 * record in place: every handler sees the same record, so one masking covers them all.
 *
 * <p>Not covered: the message of an attached exception (a Throwable's message cannot be changed);
 * code must not put phone numbers into exception messages.
 */
public final class PhoneMaskingFilter implements Filter {

  private final Filter next;

  public PhoneMaskingFilter(Filter next) {
    this.next = next;
  }

  /** The filter this one wraps (null if none), to put back when masking is removed. */
  public Filter next() {
    return next;
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    mask(record);
    return next == null || next.isLoggable(record);
  }

  static void mask(LogRecord record) {
    String message = record.getMessage();
    String maskedMessage = PhoneNumber.maskAll(message);
    if (message != null && !message.equals(maskedMessage)) {
      record.setMessage(maskedMessage);
    }
    Object[] parameters = record.getParameters();
    if (parameters == null) {
      return;
    }
    Object[] masked = null;
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] == null) {
        continue;
      }
      String text = String.valueOf(parameters[i]);
      String maskedText = PhoneNumber.maskAll(text);
      if (!text.equals(maskedText)) {
        if (masked == null) {
          masked = parameters.clone();
        }
        masked[i] = maskedText;
      }
    }
    if (masked != null) {
      record.setParameters(masked);
    }
  }
}
