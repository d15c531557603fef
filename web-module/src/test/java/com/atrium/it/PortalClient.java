package com.atrium.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without the browser: keeps cookies, does not follow redirects (tests look at
 * them), and knows how to fill in the login form (view state included). Each client is another
 * machine behind the test's trusted proxy: it sends its own {@code X-Forwarded-For} address, so
 * that the login throttle counts each test's attempts apart (docs/security.md, "Login throttling").
 */
public final class PortalClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final String language;
  private final String address = nextAddress();

  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  public PortalClient() {
    this("en");
  }

  /**
   * @param language the browser's Accept-Language, e.g. {@code en} or {@code zh-CN}
   */
  public PortalClient(String language) {
    this(RunningAtrium.baseUri(), language);
  }

  /** A browser of an Atrium other than the shared one (e.g. a {@link DedicatedAtrium}). */
  public PortalClient(URI base, String language) {
    this.base = base;
    this.language = language;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public Page get(String path) {
    return send(request(path).GET().build());
  }

  /** A GET whose answer is kept as bytes: a file the portal or the API hands out. */
  public Download download(String path) {
    HttpRequest request = request(path).GET().build();
    try {
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Download(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Page postForm(String path, Map<String, String> fields) {
    String form =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  /**
   * A JSON POST in this portal session (the operators' own API accepts the session), with the
   * X-Requested-By header a script of the portal's own origin sends.
   */
  public Page postJson(String path, String json) {
    return send(jsonPost(path, json).header("X-Requested-By", "atrium-it").build());
  }

  /** {@link #postJson} as a forged cross-site request would arrive: without X-Requested-By. */
  public Page postJsonWithoutCsrfHeader(String path, String json) {
    return send(jsonPost(path, json).build());
  }

  /** Any request in this portal session, e.g. a PUT or a body of another media type. */
  public Page send(String method, String path, Map<String, String> headers, String body) {
    HttpRequest.Builder b =
        request(path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return send(b.build());
  }

  private HttpRequest.Builder jsonPost(String path, String json) {
    return request(path)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  /** Opens the login page and submits it; returns the answer to the submit (not followed). */
  public Page login(String username, String password) {
    Page form = get("/login.xhtml");
    return postForm("/login.xhtml", loginFields(username, password, form.viewState()));
  }

  /** The fields of the login form as a browser would post them. */
  public static Map<String, String> loginFields(
      String username, String password, String viewState) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    if (viewState != null) {
      fields.put("jakarta.faces.ViewState", viewState);
    }
    return fields;
  }

  /** The address this client's requests come from, as the trusted proxy forwards it. */
  public String address() {
    return address;
  }

  /** A fresh address in 198.18.0.0/15, the range set aside for tests of network devices. */
  static String nextAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "198." + (18 + (n >> 16 & 1)) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
  }

  public Optional<HttpCookie> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .findFirst();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept-Language", language)
        .header("X-Forwarded-For", address);
  }

  private Page send(HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Page(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A downloaded file: status, headers, bytes. */
  public record Download(int status, HttpHeaders headers, byte[] body) {
    public String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    public String contentDisposition() {
      return headers.firstValue("Content-Disposition").orElse("");
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** One answer: status, headers, HTML. */
  public record Page(int status, HttpHeaders headers, String body) {

    /** The path the answer redirects to, if it is a redirect. */
    public Optional<String> redirectPath() {
      if (status < 300 || status >= 400) {
        return Optional.empty();
      }
      return headers.firstValue("Location").map(l -> URI.create(l).getPath());
    }

    public String viewState() {
      Matcher m = VIEW_STATE.matcher(body);
      if (!m.find()) {
        throw new IllegalStateException("No jakarta.faces.ViewState in the page: " + status);
      }
      return m.group(1);
    }

    @Override
    public String toString() {
      return status
          + " "
          + headers.firstValue("Location").orElse("")
          + " "
          + body.length()
          + " chars";
    }
  }
}
