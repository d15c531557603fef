package com.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

class PhoneMaskingFilterTest {

  private final PhoneMaskingFilter filter = new PhoneMaskingFilter(null);

  @Test
  void masksAMobileNumberInTheMessage() {
    LogRecord r = new LogRecord(Level.INFO, "Member 13800138000 registered, card 880000012345");
    filter.isLoggable(r);

    assertThat(r.getMessage()).isEqualTo("Member 138****8000 registered, card 880000012345");
  }

  @Test
  void masksMobileNumbersInParametersOfAnyType() {
    LogRecord r = new LogRecord(Level.INFO, "Sale for {0} ({1}), {2} points");
    r.setParameters(new Object[] {"+86 13912345678", 15912345678L, 120});
    filter.isLoggable(r);

    assertThat(r.getParameters()).containsExactly("+86 139****5678", "159****5678", 120);
    assertThat(new SimpleFormatter().formatMessage(r))
        .isEqualTo("Sale for +86 139****5678 (159****5678), 120 points");
  }

  @Test
  void masksPhoneNumbersInsideALoggedExceptionChain() {
    var cause = new SQLException("Detail: Key (phone)=(13912345678) already exists.");
    var failure = new IllegalStateException("insert failed", cause);
    LogRecord record = new LogRecord(Level.WARNING, "failure");
    record.setThrown(failure);

    new PhoneMaskingFilter(null).isLoggable(record);

    StringWriter printed = new StringWriter();
    record.getThrown().printStackTrace(new PrintWriter(printed));
    assertThat(printed.toString())
        .contains("java.lang.IllegalStateException: insert failed")
        .contains("java.sql.SQLException: Detail: Key (phone)=(139****5678) already exists.")
        .doesNotContain("13912345678")
        .contains("PhoneMaskingFilterTest");
  }

  @Test
  void leavesOtherNumbersAlone() {
    LogRecord r =
        new LogRecord(Level.INFO, "receipt 213800138000 amount 12345678901.00 id 12800138000");
    filter.isLoggable(r);

    assertThat(r.getMessage())
        .isEqualTo("receipt 213800138000 amount 12345678901.00 id 12800138000");
  }

  @Test
  void defersToTheFilterItReplaced() {
    var denying = new PhoneMaskingFilter(rec -> false);

    assertThat(denying.isLoggable(new LogRecord(Level.INFO, "x"))).isFalse();
  }

  @Test
  void installedOnTheRootItMasksWhatEveryLoggerWritesAndUninstallsCleanly() {
    Logger root = Logger.getAnonymousLogger();
    root.setUseParentHandlers(false);
    List<String> written = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (isLoggable(record)) {
              written.add(new SimpleFormatter().formatMessage(record));
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    root.addHandler(capture);
    Logger child = Logger.getLogger("com.atrium.test.child." + System.nanoTime());
    child.setParent(root);

    LogMasking.maskHandlersOf(root);
    child.log(Level.INFO, "Login by {0}", "13700001111");
    child.info(() -> "OTP sent to 18612345678");
    LogMasking.unmaskHandlersOf(root);

    assertThat(written).containsExactly("Login by 137****1111", "OTP sent to 186****5678");
    assertThat(capture.getFilter()).isNull();
    assertThat(root.getFilter()).isNull();
  }
}
