package com.atrium.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The demo's clearing history, made once per data folder the way finance makes it, through the
 * portal login and the operator API: for each demo mall, the runs of the three months before this
 * one, two of them closed (started by {@code finance}, approved by {@code finance2}: four eyes) and
 * the last in review, and a draft of this month. The pages then show real statements on the first
 * start (docs/clearing.md, "Demo data").
 */
final class DemoClearing {

  static final String PASSWORD = "Atrium#2026";
  static final List<String> MALLS = List.of("XH", "CD");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final String RUNS = "/api/v1/operator/clearing/runs";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final URI base;

  DemoClearing(URI base) {
    this.base = base;
  }

  /**
   * Makes the runs unless the demo already has some; answers what it did, for the welcome text.
   *
   * @param today the day in the demo malls' zone
   */
  String seed(LocalDate today) throws IOException, InterruptedException {
    Session finance = login("finance");
    JsonObject existing = json(finance.get(RUNS + "?limit=1"), 200);
    if (existing.getJsonNumber("total").longValue() > 0) {
      return "kept from an earlier start";
    }
    Session reviewer = login("finance2");
    YearMonth current = YearMonth.from(today);
    Map<String, List<Long>> runs = new LinkedHashMap<>();
    for (String mall : MALLS) {
      List<Long> ids = new ArrayList<>();
      for (int back = 3; back >= 0; back--) {
        String start = current.minusMonths(back).atDay(1).toString();
        JsonObject run =
            json(
                finance.post(
                    RUNS,
                    "{\"mall\":\""
                        + mall
                        + "\",\"periodKind\":\"MONTH\",\"periodStart\":\""
                        + start
                        + "\"}"),
                201);
        ids.add(run.getJsonNumber("id").longValue());
      }
      runs.put(mall, ids);
    }
    for (List<Long> ids : runs.values()) {
      for (int i = 0; i < 3; i++) {
        json(finance.post(RUNS + "/" + ids.get(i) + "/submission", ""), 200);
      }
      for (int i = 0; i < 2; i++) {
        json(reviewer.post(RUNS + "/" + ids.get(i) + "/approval", ""), 200);
        json(finance.post(RUNS + "/" + ids.get(i) + "/closing", ""), 200);
      }
    }
    return String.join(", ", MALLS)
        + ": "
        + current.minusMonths(3)
        + " and "
        + current.minusMonths(2)
        + " closed, "
        + current.minusMonths(1)
        + " in review, "
        + current
        + " a draft";
  }

  /** Today in the demo malls' zone. */
  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  private Session login(String username) throws IOException, InterruptedException {
    Session s = new Session();
    HttpResponse<String> form = s.send(HttpRequest.newBuilder(base.resolve("/login.xhtml")));
    Matcher m = VIEW_STATE.matcher(form.body());
    if (!m.find()) {
      throw new IOException("the login page has no view state (HTTP " + form.statusCode() + ")");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:username", username);
    fields.put("login:password", PASSWORD);
    fields.put("login:submit", "");
    fields.put("jakarta.faces.ViewState", m.group(1));
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> answer =
        s.send(
            HttpRequest.newBuilder(base.resolve("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    // a login that passes redirects to the user's first page; a refused one shows the form again
    if (answer.statusCode() != 302 && answer.statusCode() != 303) {
      throw new IOException(
          "demo login " + username + " refused (HTTP " + answer.statusCode() + ")");
    }
    return s;
  }

  private static JsonObject json(HttpResponse<String> answer, int expected) throws IOException {
    if (answer.statusCode() != expected) {
      throw new IOException(
          answer.request().method()
              + " "
              + answer.uri().getPath()
              + " answered "
              + answer.statusCode()
              + ": "
              + answer.body());
    }
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  /** One browser session: its cookies, never following redirects. */
  private final class Session {
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json"));
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
      return send(
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .header("X-Requested-By", "atrium-launcher")
              .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> send(HttpRequest.Builder request)
        throws IOException, InterruptedException {
      return http.send(
          request.timeout(Duration.ofMinutes(5)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }
}
