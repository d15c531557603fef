package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every POST and PUT of the API, fed malformed bodies by a caller it accepts: each answer is a 4xx
 * problem document with a stable code and no Java in its detail, and nothing changes. The
 * operations come from {@code /openapi}; {@link #BASES} must name each of them (the test fails when
 * an operation is added without one).
 *
 * <p>Each base body is refused as it stands (an unknown member, reward or sale; terms not accepted
 * and an implausible birthday; a version that would start in the past and end before it starts; a
 * period too long; a run of an unknown mall, kind and month), and where one part could be mutated
 * into a valid one a second part is wrong too, so that no mutation can become a valid request by
 * accident: every mutation replaces one part of the base, or the whole.
 */
@ExtendWith(RunningAtrium.class)
class MalformedBodiesIT {

  /** No member has a phone of this range (the demo seed's are 138/139...). */
  static final String PHONE = "19900000" + String.format("%03d", (int) (Math.random() * 1000));

  static final String RULES =
      "{\"baseRate\":\"1\",\"minimumSpend\":\"0.00\",\"capPerTransaction\":5000,"
          + "\"capPerMemberPerDay\":20000,\"categoryMultipliers\":{\"CINEMA\":\"1.5\"},"
          + "\"tenantMultipliers\":{\"FB001\":\"2\"},\"tierMultipliers\":{\"GOLD\":\"1.5\"},"
          + "\"birthdayMultiplier\":\"2\",\"excludedTenants\":[\"SV001\"],"
          + "\"campaigns\":[{\"code\":\"MALFORMED\",\"name\":\"n\","
          + "\"startsAt\":\"2026-11-11T00:00:00Z\",\"endsAt\":\"2026-11-12T00:00:00Z\","
          + "\"tenants\":[],\"categories\":[\"FASHION\"],\"multiplier\":\"2\",\"bonus\":10,"
          + "\"budget\":1000}]}";

  /** A refused body of every POST and PUT; keys as in /openapi, path parameters as {name}. */
  static final Map<String, String> BASES =
      Map.ofEntries(
          Map.entry(
              "POST /api/v1/pos/sales",
              "{\"phone\":\""
                  + PHONE
                  + "\",\"receiptNumber\":\"MB-1\",\"amount\":12.50,"
                  + "\"occurredAt\":\"2026-11-23T09:30:00Z\"}"),
          Map.entry(
              "POST /api/v1/pos/members",
              "{\"phone\":\""
                  + PHONE
                  + "\",\"name\":\"Malformed\",\"birthday\":\"1890-05-17\","
                  + "\"language\":\"zh\",\"acceptTerms\":false,\"marketingConsent\":false}"),
          Map.entry("POST /api/v1/pos/balance-inquiries", "{\"phone\":\"" + PHONE + "\"}"),
          Map.entry(
              "POST /api/v1/pos/point-payments",
              "{\"phone\":\""
                  + PHONE
                  + "\",\"paymentReference\":\"MB-P1\",\"billAmount\":120.00,"
                  + "\"points\":100}"),
          Map.entry(
              "POST /api/v1/pos/redemptions",
              "{\"rewardCode\":\"NO-SUCH-REWARD\",\"phone\":\"" + PHONE + "\"}"),
          Map.entry(
              "POST /api/v1/pos/refunds",
              "{\"receiptNumber\":\"MB-NO-SUCH-SALE\",\"refundReference\":\"MB-RF1\",\"amount\":1.00}"),
          Map.entry("POST /api/v1/pos/redemptions/{id}/cancellation", "{}"),
          Map.entry("POST /api/v1/pos/coupons/{code}/verification", "{}"),
          Map.entry(
              "POST /api/v1/operator/earning-rules",
              "{\"effectiveFrom\":\"2020-01-01T00:00:00Z\",\"effectiveTo\":\"2019-12-01T00:00:00Z\","
                  + "\"note\":\"malformed\",\"rules\":"
                  + RULES
                  + "}"),
          Map.entry(
              "POST /api/v1/operator/earning-rules/simulations",
              "{\"from\":\"2020-01-01\",\"to\":\"2026-01-01\",\"rules\":" + RULES + "}"),
          Map.entry(
              "POST /api/v1/operator/clearing/tenants/{tenantId}/terms",
              "{\"costPerPoint\":0.0120,\"reimbursementPerPoint\":0.0100,\"clearingFeePercent\":1.50,"
                  + "\"settlementMode\":\"PREPAID\",\"effectiveFrom\":\"2020-01-01T00:00:00Z\","
                  + "\"note\":\"malformed\"}"),
          Map.entry(
              "POST /api/v1/operator/clearing/tenants/{tenantId}/blocks",
              "{\"points\":0,\"reference\":\"MALFORMED-1\",\"note\":\"malformed\"}"),
          Map.entry(
              "POST /api/v1/operator/clearing/runs",
              "{\"mall\":\"NO-SUCH-MALL\",\"periodKind\":\"WEEK\",\"periodStart\":\"2026-11-15\","
                  + "\"breakageSharePercent\":101}"),
          Map.entry("POST /api/v1/operator/clearing/runs/{id}/recomputation", "{}"),
          Map.entry("POST /api/v1/operator/clearing/runs/{id}/submission", "{}"),
          Map.entry("POST /api/v1/operator/clearing/runs/{id}/approval", "{}"),
          Map.entry("POST /api/v1/operator/clearing/runs/{id}/closing", "{}"),
          Map.entry(
              "POST /api/v1/operator/clearing/disputes/{id}/answer",
              "{\"outcome\":\"ACCEPTED\",\"correction\":12.50,\"comment\":\"agreed\"}"),
          Map.entry(
              "POST /api/v1/merchant/clearing/statements/{id}/disputes",
              "{\"lineId\":0,\"comment\":\"the refund was counted twice\"}"),
          Map.entry(
              "POST /api/v1/partner/links", "{\"memberRef\":\"not a reference\",\"phone\":\"12\"}"),
          Map.entry(
              "POST /api/v1/partner/links/{memberRef}/confirmation", "{\"code\":\"not-a-code\"}"),
          Map.entry(
              "POST /api/v1/partner/inbound-exchanges",
              "{\"partnerTxnId\":\"MB-PT-1\",\"memberRef\":\"NO-SUCH-REF\",\"partnerAmount\":0}"),
          Map.entry(
              "POST /api/v1/partner/outbound-exchanges",
              "{\"partnerTxnId\":\"MB-PT-2\",\"memberRef\":\"NO-SUCH-REF\",\"points\":0}"),
          Map.entry("POST /api/v1/partner/exchanges/{partnerTxnId}/confirmation", "{}"),
          Map.entry("POST /api/v1/partner/exchanges/{partnerTxnId}/rejection", "{}"),
          Map.entry("POST /api/v1/partner/exchanges/{partnerTxnId}/reversal", "{}"),
          Map.entry("PUT /api/v1/partner/reconciliation-files/{day}", "{\"file\":\"H\"}"),
          Map.entry(
              "PUT /api/v1/operator/partner-reconciliation/files/{partner}/{day}",
              "{\"file\":\"H\"}"),
          Map.entry(
              "POST /api/v1/operator/partner-reconciliation/mismatches/{id}/resolution",
              "{\"reason\":\"\"}"),
          Map.entry(
              "POST /api/v1/parking/entries",
              "{\"sessionId\":\""
                  + "S".repeat(65)
                  + "\",\"plate\":\"沪B54321\","
                  + "\"enteredAt\":\"yesterday\"}"),
          Map.entry(
              "POST /api/v1/parking/quotes",
              "{\"sessionId\":\"MB-PK-1\",\"plate\":\"沪B54321\","
                  + "\"enteredAt\":\"2026-12-03T07:00:00Z\",\"exitedAt\":\"2026-12-03T02:00:00Z\","
                  + "\"feeFen\":-1}"),
          Map.entry(
              "POST /api/v1/parking/settlements",
              "{\"sessionId\":\"MB-PK-2\",\"plate\":\"沪B54321\","
                  + "\"enteredAt\":\"2026-12-03T07:00:00Z\",\"exitedAt\":\"2026-12-03T02:00:00Z\","
                  + "\"feeFen\":-1,\"appliedMinutes\":-5,\"appliedFen\":0,\"points\":0}"),
          Map.entry("POST /api/v1/parking/settlements/{sessionId}/release", "{}"),
          Map.entry(
              "POST /api/v1/wifi/codes",
              "{\"phone\":\"12\",\"mac\":\"not-a-mac-address\",\"accessPoint\":\"AP\"}"),
          Map.entry(
              "POST /api/v1/wifi/authorisations",
              "{\"phone\":\"12\",\"code\":\"not-a-code\",\"mac\":\"not-a-mac-address\","
                  + "\"remember\":true}"),
          Map.entry(
              "POST /api/v1/wifi/accounting",
              "{\"acctSessionId\":\"MB-W-1\",\"type\":\"NEVER\",\"mac\":\"not-a-mac-address\","
                  + "\"inputBytes\":-1,\"outputBytes\":0,\"sessionSeconds\":0}"),
          Map.entry(
              "POST /api/v1/wifi/radius/authorize",
              "{\"User-Name\":{\"type\":\"string\",\"value\":[\"12\"]},"
                  + "\"User-Password\":{\"type\":\"string\",\"value\":[\"not-a-code\"]},"
                  + "\"Calling-Station-Id\":{\"type\":\"string\",\"value\":[\"not-a-mac\"]}}"),
          Map.entry(
              "POST /api/v1/wifi/radius/accounting",
              "{\"Acct-Status-Type\":{\"type\":\"integer\",\"value\":[\"Never\"]},"
                  + "\"Acct-Session-Id\":{\"type\":\"string\",\"value\":[\"MB-R-1\"]},"
                  + "\"Calling-Station-Id\":{\"type\":\"string\",\"value\":[\"not-a-mac\"]},"
                  + "\"Acct-Input-Octets\":{\"type\":\"integer\",\"value\":[-1]}}"),
          Map.entry("POST /api/v1/operator/held-sales/{id}/approval", "{}"),
          Map.entry(
              "POST /api/v1/operator/held-sales/{id}/rejection", "{\"reason\":\"malformed\"}"),
          Map.entry(
              "POST /api/v1/operator/partners/{code}/deposit-top-ups",
              "{\"amount\":-1,\"reference\":\"MB-TOP-1\"}"),
          Map.entry(
              "POST /api/v1/partner/rights",
              "{\"grantId\":\"not a reference\",\"memberRef\":\"MB-1\",\"rightCode\":\"x\","
                  + "\"validUntil\":\"never\"}"),
          Map.entry("POST /api/v1/partner/rights/{grantId}/revocation", "{}"));

  static final String LONG = "x".repeat(100_000);

  /** What a part of a body is replaced with: wrong types, nulls, extremes. */
  static final Map<String, String> VALUES = values();

  /** Java leaking into a detail: exception names, package-qualified classes, stack frames. */
  static final Pattern JAVA =
      Pattern.compile(
          "Exception|Error:|java\\.|jakarta\\.|javax\\.|org\\.|com\\.atrium|\\bat [a-z]+\\.|\\.java:"
              + "|\\b[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+");

  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,63}");

  @Test
  void everyWriteAnswersMalformedBodiesWithAProblemAndChangesNothing() throws Exception {
    Fixtures.PosKey key = Fixtures.posKey();
    PosClient pos = PosClient.of(key);
    partner = PosClient.of(Fixtures.machineKey("PARTNER"));
    carPark = PosClient.of(Fixtures.machineKey("CAR_PARK"));
    wifi = PosClient.of(Fixtures.machineKey("WIFI_CONTROLLER"));
    Fixtures.UserRow admin = Fixtures.operator("OPERATOR_ADMIN");
    PortalClient operator = new PortalClient();
    assertThat(operator.login(admin.username(), admin.password()).status()).isEqualTo(302);
    Fixtures.UserRow managerLogin = Fixtures.manager(key.tenant().id());
    PortalClient manager = new PortalClient();
    assertThat(manager.login(managerLogin.username(), managerLogin.password()).status())
        .isEqualTo(302);
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from member where phone = ?", PHONE))
        .isZero();

    assertThat(writeOperations())
        .as("POST/PUT operations in /openapi")
        .isEqualTo(new TreeSet<>(BASES.keySet()));

    Map<String, Long> before = snapshot(key, admin);
    List<String> failures = new ArrayList<>();
    Map<String, Integer> codes = new TreeMap<>();
    int sent = 0;
    for (var op : new TreeMap<>(BASES).entrySet()) {
      String method = op.getKey().substring(0, op.getKey().indexOf(' '));
      String path = op.getKey().substring(method.length() + 1).replaceAll("\\{[^}]+}", "0");
      for (Mutation m : mutations(op.getValue())) {
        Answer a =
            send(pos, path.startsWith("/api/v1/merchant/") ? manager : operator, method, path, m);
        sent++;
        String problem = check(a);
        if (problem != null) {
          failures.add(op.getKey() + " [" + m.label() + "]: " + problem + " <- " + a.short_());
        } else {
          codes.merge(a.code(), 1, Integer::sum);
        }
      }
    }
    System.out.printf("malformed bodies: %d requests, codes %s%n", sent, codes);
    assertThat(failures).as("answers that are not a clean 4xx problem").isEmpty();
    assertThat(snapshot(key, admin)).as("rows the callers could have written").isEqualTo(before);
    assertThat(
            RunningAtrium.database().longValue("select coalesce(sum(points), 0) from journal_line"))
        .as("the ledger sums to zero")
        .isZero();
  }

  /** Null when the answer is a clean refusal, else what is wrong with it. */
  static String check(Answer a) {
    if (a.status() < 400 || a.status() >= 500) {
      return "status " + a.status();
    }
    if (a.status() == 401 || a.status() == 403) {
      return "the caller was refused, not the body";
    }
    if (!a.contentType().startsWith("application/problem+json")) {
      return "content type " + a.contentType();
    }
    JsonObject problem;
    try {
      problem = Json.createReader(new StringReader(a.body())).readObject();
    } catch (RuntimeException e) {
      return "not a JSON object";
    }
    String code = problem.getString("code", "");
    if (!CODE.matcher(code).matches()) {
      return "code " + code;
    }
    if (problem.getInt("status", 0) != a.status()) {
      return "status in the document " + problem.get("status");
    }
    String detail = problem.getString("detail", "");
    if (JAVA.matcher(detail).find()) {
      return "Java in the detail";
    }
    return null;
  }

  /** The operations of /openapi that take a body. */
  static TreeSet<String> writeOperations() throws Exception {
    HttpResponse<String> r =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(RunningAtrium.baseUri() + "/openapi"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    JsonObject paths =
        Json.createReader(new StringReader(r.body())).readObject().getJsonObject("paths");
    TreeSet<String> ops = new TreeSet<>();
    for (String path : paths.keySet()) {
      for (String method : paths.getJsonObject(path).keySet()) {
        if (List.of("post", "put", "patch").contains(method)) {
          ops.add(method.toUpperCase(Locale.ROOT) + " " + path);
        }
      }
    }
    return ops;
  }

  record Mutation(String label, String body, String contentType) {}

  /** The base's whole-body replacements, each part replaced or removed, other media types. */
  static List<Mutation> mutations(String base) {
    String json = "application/json";
    List<Mutation> list = new ArrayList<>();
    list.add(new Mutation("base", base, json));
    list.add(new Mutation("not JSON", "this is not JSON", json));
    list.add(new Mutation("truncated", base.substring(0, base.length() / 2), json));
    list.add(new Mutation("empty", "", json));
    list.add(new Mutation("{}", "{}", json));
    list.add(new Mutation("null", "null", json));
    list.add(new Mutation("array of the body", "[" + base + "]", json));
    list.add(new Mutation("empty array", "[]", json));
    list.add(new Mutation("number", "5", json));
    list.add(new Mutation("string", "\"x\"", json));
    list.add(new Mutation("two documents", base + base, json));
    list.add(new Mutation("deep arrays", "[".repeat(50_000) + "]".repeat(50_000), json));
    list.add(new Mutation("deep objects", nested(5_000), json));
    list.add(new Mutation("non-ASCII text", base.replace("\"n\"", "\"\u00e9\""), json));
    list.add(new Mutation("text/plain", base, "text/plain"));
    list.add(new Mutation("xml", "<sale/>", "application/xml"));
    list.add(new Mutation("form", "phone=" + PHONE, "application/x-www-form-urlencoded"));
    list.add(new Mutation("no content type", base, null));
    JsonValue root = Json.createReader(new StringReader(base)).readValue();
    for (List<Object> path : parts(root, new ArrayList<>())) {
      String at = label(path);
      list.add(new Mutation(at + " removed", replace(root, path, 0, null).toString(), json));
      for (var v : VALUES.entrySet()) {
        JsonValue value = Json.createReader(new StringReader(v.getValue())).readValue();
        list.add(
            new Mutation(at + "=" + v.getKey(), replace(root, path, 0, value).toString(), json));
      }
    }
    return list;
  }

  static Map<String, String> values() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("null", "null");
    v.put("\"x\"", "\"x\"");
    v.put("\"\"", "\"\"");
    v.put("5", "5");
    v.put("0", "0");
    v.put("-1", "-1");
    v.put("1.5", "1.5");
    v.put("1e400", "1e400");
    v.put("-1e400", "-1e400");
    v.put("1e-400", "1e-400");
    v.put("30 digits", "123456789012345678901234567890");
    v.put("\"1e999999999\"", "\"1e999999999\"");
    v.put("\"+999999999-12-31T23:59:59Z\"", "\"+999999999-12-31T23:59:59Z\"");
    v.put("\"+999999999-12-31\"", "\"+999999999-12-31\"");
    v.put("true", "true");
    v.put("[]", "[]");
    v.put("[1,2]", "[1,2]");
    v.put("{}", "{}");
    v.put("long string", "\"" + LONG + "\"");
    v.put("nested", nested(100));
    return v;
  }

  static String nested(int depth) {
    return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  /** Paths to every member of the document's objects and to the first element of its arrays. */
  static List<List<Object>> parts(JsonValue v, List<Object> at) {
    List<List<Object>> all = new ArrayList<>();
    if (v instanceof JsonObject o) {
      for (String k : o.keySet()) {
        List<Object> p = new ArrayList<>(at);
        p.add(k);
        all.add(p);
        all.addAll(parts(o.get(k), p));
      }
    } else if (v instanceof JsonArray a && !a.isEmpty()) {
      List<Object> p = new ArrayList<>(at);
      p.add(0);
      all.add(p);
      all.addAll(parts(a.get(0), p));
    }
    return all;
  }

  static String label(List<Object> path) {
    StringBuilder b = new StringBuilder();
    for (Object o : path) {
      b.append(o instanceof Integer i ? "[" + i + "]" : (b.isEmpty() ? "" : ".") + o);
    }
    return b.toString();
  }

  /** A copy of {@code v} with the part at {@code path} replaced (null: removed). */
  static JsonValue replace(JsonValue v, List<Object> path, int i, JsonValue with) {
    Object step = path.get(i);
    boolean last = i == path.size() - 1;
    if (v instanceof JsonObject o) {
      var b = Json.createObjectBuilder(o);
      String k = (String) step;
      if (last && with == null) {
        b.remove(k);
      } else {
        b.add(k, last ? with : replace(o.get(k), path, i + 1, with));
      }
      return b.build();
    }
    JsonArray a = (JsonArray) v;
    var b = Json.createArrayBuilder(a);
    int n = (Integer) step;
    if (last && with == null) {
      b.remove(n);
    } else {
      b.set(n, last ? with : replace(a.get(n), path, i + 1, with));
    }
    return b.build();
  }

  record Answer(int status, String contentType, String body) {
    String code() {
      return Json.createReader(new StringReader(body)).readObject().getString("code");
    }

    String short_() {
      return status
          + " "
          + contentType
          + " "
          + (body.length() > 300 ? body.substring(0, 300) : body);
    }
  }

  /** A partner's signed client, for the partner API's writes (a partner of its own). */
  static PosClient partner;

  static PosClient carPark;

  /** A WiFi controller's signed client, for the WiFi API's writes. */
  static PosClient wifi;

  static Answer send(PosClient pos, PortalClient operator, String method, String path, Mutation m) {
    if (path.startsWith("/api/v1/wifi/")) {
      PosClient.Request r = wifi.post(path, m.body());
      if (m.contentType() == null) {
        r.withoutContentType();
      } else {
        r.header("Content-Type", m.contentType());
      }
      PosClient.Response a = r.send();
      return new Answer(a.status(), a.contentType(), a.body());
    }
    if (path.startsWith("/api/v1/pos/")
        || path.startsWith("/api/v1/partner/")
        || path.startsWith("/api/v1/parking/")) {
      PosClient client =
          path.startsWith("/api/v1/partner/")
              ? partner
              : path.startsWith("/api/v1/parking/") ? carPark : pos;
      PosClient.Request r =
          method.equals("PUT") ? client.put(path, m.body()) : client.post(path, m.body());
      r.header("Idempotency-Key", "malformed-" + PosClient.newNonce());
      if (m.contentType() == null) {
        r.withoutContentType();
      } else {
        r.header("Content-Type", m.contentType());
      }
      PosClient.Response a = r.send();
      return new Answer(a.status(), a.contentType(), a.body());
    }
    if (path.startsWith("/api/v1/operator/") || path.startsWith("/api/v1/merchant/")) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("X-Requested-By", "malformed-bodies-it");
      headers.put("Accept", "application/json");
      if (m.contentType() != null) {
        headers.put("Content-Type", m.contentType());
      }
      PortalClient.Page a = operator.send(method, path, headers, m.body());
      return new Answer(a.status(), a.headers().firstValue("Content-Type").orElse(""), a.body());
    }
    throw new AssertionError("No caller for " + path + ": add one to MalformedBodiesIT.send");
  }

  /** The rows of this test's tenant, key and operator, and the rules' versions. */
  static Map<String, Long> snapshot(Fixtures.PosKey key, Fixtures.UserRow admin) {
    ItDatabase db = RunningAtrium.database();
    long tenant = key.tenant().id();
    Map<String, Long> s = new TreeMap<>();
    s.put("sale", db.longValue("select count(*) from sale where tenant_id = ?", tenant));
    s.put(
        "parking",
        db.longValue(
            "select (select count(*) from parking_entry) + (select count(*) from parking_settlement)"));
    s.put(
        "point_payment",
        db.longValue("select count(*) from point_payment where tenant_id = ?", tenant));
    s.put("refund", db.longValue("select count(*) from refund where tenant_id = ?", tenant));
    s.put(
        "journal_entry",
        db.longValue("select count(*) from journal_entry where tenant_id = ?", tenant));
    s.put(
        "member",
        db.longValue(
            "select count(*) from member where phone = ? or registered_by_tenant_id = ?",
            PHONE,
            tenant));
    s.put(
        "redemption",
        db.longValue("select count(*) from redemption where client = ?", key.keyId()));
    s.put(
        "audit_event",
        db.longValue(
            "select count(*) from audit_event where actor in (?, ?)",
            admin.username(),
            key.keyId()));
    s.put("earning_rule_set", db.longValue("select count(*) from earning_rule_set"));
    s.put(
        "clearing_run",
        db.longValue("select count(*) from clearing_run where started_by = ?", admin.username()));
    s.put(
        "clearing_dispute",
        db.longValue("select count(*) from clearing_dispute where tenant_id = ?", tenant));
    s.put(
        "campaign_budget",
        db.longValue("select count(*) from campaign_budget where code = 'MALFORMED'"));
    s.put("wifi_code", db.longValue("select count(*) from wifi_code"));
    s.put("wifi_authorisation", db.longValue("select count(*) from wifi_authorisation"));
    s.put("wifi_session", db.longValue("select count(*) from wifi_session"));
    return s;
  }
}
