package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.notification.SmsRequest;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outbox's SMS channel end to end: an Atrium of its own configured with {@code
 * atrium.notification.channel=sms} posts a queued message to a stub gateway on loopback, which
 * refuses it first (503: the outbox records the failure and waits its backoff) and accepts the
 * retry (the message is SENT after two attempts, both signed, with the same message id).
 */
class SmsChannelIT {

  static final String DATABASE = TestDatabase.named("atrium_sms");
  static final String SECRET = "it-sms-secret";
  static final Duration AWAIT = Duration.ofSeconds(60);

  record Request(String timestamp, String signature, String body) {}

  static final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
  static final BlockingQueue<Integer> answers = new LinkedBlockingQueue<>();
  static HttpServer gateway;
  static DedicatedAtrium atrium;

  @BeforeAll
  static void atriumWithAnSmsGateway() throws IOException {
    TestDatabase.recreate(DATABASE);
    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext(
        "/sms",
        exchange -> {
          requests.add(
              new Request(
                  exchange.getRequestHeaders().getFirst(SmsRequest.TIMESTAMP_HEADER),
                  exchange.getRequestHeaders().getFirst(SmsRequest.SIGNATURE_HEADER),
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          Integer status = answers.poll();
          exchange.sendResponseHeaders(status == null ? 200 : status, -1);
          exchange.close();
        });
    gateway.start();
    atrium =
        DedicatedAtrium.start(
            "it-micro-sms",
            Map.of(
                "ATRIUM_DB_URL", TestDatabase.url(DATABASE),
                "ATRIUM_NOTIFICATION_CHANNEL", "sms",
                "ATRIUM_NOTIFICATION_SMS_URL",
                    "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms",
                "ATRIUM_NOTIFICATION_SMS_ACCOUNT", "xh-mall",
                "ATRIUM_NOTIFICATION_SMS_SECRET", SECRET,
                "ATRIUM_NOTIFICATION_SMS_SIGN_NAME", "星汇广场",
                "ATRIUM_NOTIFICATION_DISPATCH_INTERVAL_SECONDS", "1",
                "ATRIUM_NOTIFICATION_REMINDER_ENABLED", "false"));
  }

  @AfterAll
  static void stop() {
    if (atrium != null) {
      atrium.close();
    }
    if (gateway != null) {
      gateway.stop(0);
    }
  }

  @Test
  void aRefusedMessageIsRetriedWithItsBackoffAndThenSent() throws Exception {
    answers.add(503);
    long id;
    String phone;
    try (Connection c = TestDatabase.connect(DATABASE)) {
      phone = text(c, "select phone from member order by id fetch first 1 rows only");
      id =
          number(
              c,
              "insert into notification_outbox (id, kind, member_id, reference, language, subject,"
                  + " body, status, attempts, next_attempt_at, created_at)"
                  + " select nextval('atrium_seq'), 'IT_SMS', id, 'it-sms-1', 'zh', '验证码',"
                  + " '您的验证码是 482913，5 分钟内有效。', 'PENDING', 0, now(), now()"
                  + " from member where phone = ? returning id",
              phone);
    }

    Request refused = next();
    JsonObject first = json(refused.body());
    assertThat(first.getString("messageId")).isEqualTo("atrium-" + id);
    assertThat(first.getString("phone")).isEqualTo(phone);
    assertThat(first.getString("account")).isEqualTo("xh-mall");
    assertThat(first.getString("signName")).isEqualTo("星汇广场");
    assertThat(first.getString("text")).isEqualTo("您的验证码是 482913，5 分钟内有效。");
    assertThat(refused.signature())
        .isEqualTo(SmsRequest.sign(SECRET, refused.timestamp(), refused.body()));

    Map<String, Object> failed = awaitRow(id, "attempts", 1);
    assertThat(failed.get("status")).isEqualTo("PENDING");
    assertThat(failed.get("last_error")).isEqualTo("SmsNotSent: SMS gateway answered HTTP 503");
    // the first retry waits a minute (Backoff); the test lets that minute pass for this message
    Instant failedAt = ((Timestamp) failed.get("next_attempt_at")).toInstant().minusSeconds(60);
    assertThat(Duration.between(failedAt, Instant.now())).isLessThan(AWAIT);
    assertThat(requests).isEmpty();
    try (Connection c = TestDatabase.connect(DATABASE);
        PreparedStatement s =
            c.prepareStatement(
                "update notification_outbox set next_attempt_at = now() where id = ?")) {
      s.setLong(1, id);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }

    Request accepted = next();
    assertThat(json(accepted.body()).getString("messageId")).isEqualTo("atrium-" + id);
    assertThat(accepted.signature())
        .isEqualTo(SmsRequest.sign(SECRET, accepted.timestamp(), accepted.body()));
    Map<String, Object> sent = awaitRow(id, "status", "SENT");
    assertThat(((Number) sent.get("attempts")).intValue()).isEqualTo(2);
    assertThat(sent.get("last_error")).isNull();
    assertThat(requests).isEmpty();
  }

  private static Request next() throws InterruptedException {
    Request r = requests.poll(AWAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(r).as("a request reached the stub gateway").isNotNull();
    return r;
  }

  /** The message's row once {@code column} has {@code value} (the dispatcher commits it). */
  private static Map<String, Object> awaitRow(long id, String column, Object value)
      throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plus(AWAIT);
    while (true) {
      Map<String, Object> row = row(id);
      Object v = row.get(column);
      if (v instanceof Number n && value instanceof Number w
          ? n.longValue() == w.longValue()
          : value.equals(v)) {
        return row;
      }
      assertThat(Instant.now()).as("outbox row " + id + " " + row).isBefore(deadline);
      TimeUnit.MILLISECONDS.sleep(100);
    }
  }

  private static Map<String, Object> row(long id) throws SQLException {
    try (Connection c = TestDatabase.connect(DATABASE);
        PreparedStatement s =
            c.prepareStatement(
                "select status, attempts, last_error, next_attempt_at from notification_outbox"
                    + " where id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        java.util.HashMap<String, Object> row = new java.util.HashMap<>();
        row.put("status", r.getString(1));
        row.put("attempts", r.getInt(2));
        row.put("last_error", r.getString(3));
        row.put("next_attempt_at", r.getTimestamp(4));
        return row;
      }
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      assertThat(r.next()).isTrue();
      return r.getString(1);
    }
  }

  private static long number(Connection c, String sql, String param) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, param);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        return r.getLong(1);
      }
    }
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
