package com.atrium.platform;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * Masks every 11-digit mainland mobile number (138****1234) in a log record's message and
 * parameters before a handler writes it, then defers to the filter it replaced. It rewrites the
 * record in place: every handler sees the same record, so one masking covers them all.
 *
 * <p>An attached exception whose chain mentions a phone number (a database error detail quoting the
 * row, say) is replaced by a masked copy: same class names, masked messages, same stack traces.
 */
public final class PhoneMaskingFilter implements Filter {

  private static final Pattern ANY_MOBILE =
      Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");

  private final Filter next;

  public PhoneMaskingFilter(Filter next) {
    this.next = next;
  }

  /** The filter this one wraps (null if none), to put back when masking is removed. */
  public Filter next() {
    return next;
  }

  /** Masks every mobile number inside a free text (log lines, messages, stored errors). */
  public static String maskAll(String text) {
    return text == null ? null : ANY_MOBILE.matcher(text).replaceAll("$1****$3");
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    mask(record);
    return next == null || next.isLoggable(record);
  }

  static void mask(LogRecord record) {
    Throwable thrown = record.getThrown();
    if (thrown != null && mentionsPhone(thrown)) {
      record.setThrown(MaskedThrowable.of(thrown));
    }
    String message = record.getMessage();
    String maskedMessage = maskAll(message);
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
      String maskedText = maskAll(text);
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

  private static boolean mentionsPhone(Throwable thrown) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      String text = t.toString();
      if (!text.equals(maskAll(text))) {
        return true;
      }
    }
    return false;
  }

  /** A stand-in for a logged exception: prints like the original, phone numbers masked. */
  static final class MaskedThrowable extends Throwable {
    private final String description;

    private MaskedThrowable(Throwable original, Throwable maskedCause) {
      super(null, maskedCause, false, true);
      this.description = maskAll(original.toString());
      setStackTrace(original.getStackTrace());
    }

    static MaskedThrowable of(Throwable original) {
      Deque<Throwable> chain = new ArrayDeque<>();
      Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Throwable t = original; t != null && seen.add(t); t = t.getCause()) {
        chain.push(t);
      }
      MaskedThrowable masked = null;
      while (!chain.isEmpty()) {
        masked = new MaskedThrowable(chain.pop(), masked);
      }
      return masked;
    }

    @Override
    public String toString() {
      return description;
    }
  }
}
