package com.atrium.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.member.PhoneNumber;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SMS transport against a stub gateway on loopback: what it posts, and what it calls failed.
 */
class SmsGatewayChannelTest {

  private record Received(Map<String, List<String>> headers, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int answer = 200;
  private HttpServer gateway;
  private SmsGatewayChannel channel;

  @BeforeEach
  void stubGateway() throws IOException {
    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext(
        "/sms",
        exchange -> {
          received.add(
              new Received(
                  exchange.getRequestHeaders(),
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          exchange.sendResponseHeaders(answer, -1);
          exchange.close();
        });
    gateway.start();
    channel = new SmsGatewayChannel();
    channel.url = Optional.of("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
    channel.account = Optional.of("xh-mall");
    channel.secret = Optional.of("s3cret");
    channel.signName = Optional.of("星汇广场");
    channel.timeoutMillis = 2000;
  }

  @AfterEach
  void stop() {
    gateway.stop(0);
  }

  @Test
  void postsTheMessageSignedWithTheSharedSecret() {
    channel.send(
        PhoneNumber.parse("13800138000"),
        new Rendered("验证码", "您的验证码是 482913，5 分钟内有效。"),
        "atrium-42");

    assertThat(received).hasSize(1);
    Received r = received.get(0);
    JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
    assertThat(body.getString("account")).isEqualTo("xh-mall");
    assertThat(body.getString("messageId")).isEqualTo("atrium-42");
    assertThat(body.getString("phone")).isEqualTo("13800138000");
    assertThat(body.getString("signName")).isEqualTo("星汇广场");
    assertThat(body.getString("text")).isEqualTo("您的验证码是 482913，5 分钟内有效。");
    String timestamp = r.headers().get("X-atrium-timestamp").get(0);
    assertThat(Long.parseLong(timestamp))
        .isBetween(System.currentTimeMillis() / 1000 - 60, System.currentTimeMillis() / 1000);
    assertThat(r.headers().get("X-atrium-signature"))
        .containsExactly(SmsRequest.sign("s3cret", timestamp, r.body()));
    assertThat(r.headers().get("Content-type").get(0)).startsWith("application/json");
  }

  @Test
  void theSignatureIsHmacSha256OfTimestampNewlineBody() {
    // computed independently: printf '1767225600\n{"a":1}' | openssl dgst -sha256 -hmac key
    assertThat(SmsRequest.sign("key", "1767225600", "{\"a\":1}"))
        .isEqualTo("ba362e8325276e609a8a1cc96ce1fd1b8bade70115168ff0a7d21cd3039bf98e");
  }

  @Test
  void aGatewayErrorIsAFailedDeliveryThatNamesTheStatusAndNotThePhone() {
    answer = 503;
    assertThatThrownBy(
            () ->
                channel.send(PhoneNumber.parse("13800138000"), new Rendered("s", "t"), "atrium-43"))
        .isInstanceOf(SmsGatewayChannel.SmsNotSent.class)
        .hasMessage("SMS gateway answered HTTP 503")
        .hasMessageNotContaining("13800138000");
    assertThat(received).hasSize(1);
  }

  @Test
  void anUnreachableGatewayIsAFailedDelivery() {
    gateway.stop(0);
    assertThatThrownBy(
            () ->
                channel.send(PhoneNumber.parse("13800138000"), new Rendered("s", "t"), "atrium-44"))
        .isInstanceOf(SmsGatewayChannel.SmsNotSent.class)
        .hasMessageStartingWith("SMS gateway unreachable");
  }

  @Test
  void withoutAUrlOrASecretNothingIsSentAndTheMessageWaits() {
    channel.url = Optional.empty();
    assertThatThrownBy(
            () -> channel.send(PhoneNumber.parse("13800138000"), new Rendered("s", "t"), null))
        .hasMessage("atrium.notification.sms.url is not configured");
    channel.url = Optional.of("http://127.0.0.1:1/sms");
    channel.secret = Optional.empty();
    assertThatThrownBy(
            () -> channel.send(PhoneNumber.parse("13800138000"), new Rendered("s", "t"), null))
        .hasMessage("atrium.notification.sms.secret is not configured");
    assertThat(received).isEmpty();
  }
}
