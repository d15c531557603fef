package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** People's login, lockout, logout and page protection, through the real login form. */
@ExtendWith(RunningAtrium.class)
class PortalLoginIT {

  static final String OPERATOR_HOME = "/operator/dashboard.xhtml";
  static final String MERCHANT_HOME = "/merchant/serve.xhtml";
  static final String LOGIN = "/login.xhtml";

  @Test
  void anOperatorLandsOnTheDashboard() {
    Fixtures.UserRow admin = Fixtures.operator("OPERATOR_ADMIN");
    PortalClient browser = new PortalClient();

    PortalClient.Page answer = browser.login(admin.username(), admin.password());

    assertThat(answer.redirectPath()).as(answer.toString()).contains(OPERATOR_HOME);
    PortalClient.Page home = browser.get(OPERATOR_HOME);
    assertThat(home.redirectPath()).isEmpty();
    assertThat(home.status()).isNotEqualTo(403);
    assertThat(
            RunningAtrium.database()
                .value("select last_login_at from app_user where id = ?", admin.id()))
        .isNotNull();
  }

  @Test
  void aMerchantAssistantLandsOnServeAndMayNotOpenOperatorPages() {
    Fixtures.UserRow assistant = Fixtures.assistant(Fixtures.tenant().id());
    PortalClient browser = new PortalClient();

    assertThat(browser.login(assistant.username(), assistant.password()).redirectPath())
        .contains(MERCHANT_HOME);
    assertThat(browser.get(OPERATOR_HOME).status()).isEqualTo(403);
    assertThat(browser.get("/operator/tenants/list.xhtml").status()).isEqualTo(403);
  }

  @Test
  void anOperatorMayNotOpenMerchantPages() {
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    PortalClient browser = new PortalClient();
    browser.login(finance.username(), finance.password());

    assertThat(browser.get(MERCHANT_HOME).status()).isEqualTo(403);
  }

  @Test
  void aWrongPasswordIsToldOnTheLoginPage() {
    Fixtures.UserRow user = Fixtures.operator("OPERATOR_SERVICE");

    PortalClient.Page answer = new PortalClient().login(user.username(), "Wrong-password-1");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("Wrong username or password.");
  }

  @Test
  void anUnknownUsernameGetsTheSameAnswer() {
    PortalClient.Page answer =
        new PortalClient().login("nobody-" + Fixtures.unique(), "Whatever-123");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("Wrong username or password.");
  }

  @Test
  void theLoginPageSpeaksChineseToChineseBrowsers() {
    PortalClient.Page page = new PortalClient("zh-CN,zh;q=0.9").get(LOGIN);

    assertThat(page.body()).contains("用户名").contains("密码");
  }

  @Test
  void fiveWrongPasswordsLockTheAccountUntilTheLockEnds() {
    Fixtures.UserRow user = Fixtures.operator("OPERATOR_MARKETING");
    PortalClient browser = new PortalClient();
    ItDatabase db = RunningAtrium.database();

    for (int i = 1; i <= 4; i++) {
      assertThat(browser.login(user.username(), "Wrong-password-" + i).body())
          .contains("Wrong username or password.");
    }
    assertThat(browser.login(user.username(), "Wrong-password-5").body())
        .contains("locked for 15 minutes");
    PortalClient.Page whileLocked = browser.login(user.username(), user.password());
    assertThat(whileLocked.redirectPath()).isEmpty();
    assertThat(whileLocked.body()).contains("this account is locked");
    assertThat(db.value("select locked_until from app_user where id = ?", user.id())).isNotNull();

    // the lock ends by itself: move its end into the past instead of waiting 15 minutes
    db.update(
        "update app_user set locked_until = ? where id = ?",
        Instant.now().minusSeconds(1),
        user.id());

    assertThat(browser.login(user.username(), user.password()).redirectPath())
        .contains(OPERATOR_HOME);
    assertThat(db.longValue("select failed_attempts from app_user where id = ?", user.id()))
        .isZero();
  }

  @Test
  void aSuccessResetsTheFailureCount() {
    Fixtures.UserRow user = Fixtures.operator("OPERATOR_ADMIN");
    for (int i = 0; i < 4; i++) {
      new PortalClient().login(user.username(), "Wrong-password-x");
    }
    assertThat(new PortalClient().login(user.username(), user.password()).redirectPath())
        .contains(OPERATOR_HOME);

    assertThat(new PortalClient().login(user.username(), "Wrong-password-y").body())
        .contains("Wrong username or password.");
    assertThat(
            RunningAtrium.database()
                .longValue("select failed_attempts from app_user where id = ?", user.id()))
        .isEqualTo(1);
  }

  @Test
  void aDisabledUserCannotLogInEvenWithTheRightPassword() {
    Fixtures.UserRow user = Fixtures.operator("OPERATOR_ADMIN");
    RunningAtrium.database().update("update app_user set enabled = false where id = ?", user.id());

    PortalClient.Page answer = new PortalClient().login(user.username(), user.password());

    assertThat(answer.redirectPath()).isEmpty();
    assertThat(answer.body()).contains("Wrong username or password.");
  }

  @Test
  void protectedPagesSendStrangersToTheLoginPage() {
    PortalClient stranger = new PortalClient();

    assertThat(stranger.get(OPERATOR_HOME).redirectPath()).contains(LOGIN);
    assertThat(stranger.get("/operator/members/list.xhtml").redirectPath()).contains(LOGIN);
    assertThat(stranger.get(MERCHANT_HOME).redirectPath()).contains(LOGIN);
  }

  @Test
  void logoutEndsTheSession() {
    Fixtures.UserRow admin = Fixtures.operator("OPERATOR_ADMIN");
    PortalClient browser = new PortalClient();
    browser.login(admin.username(), admin.password());
    assertThat(browser.get(OPERATOR_HOME).redirectPath()).isEmpty();

    assertThat(browser.get("/logout").redirectPath()).contains(LOGIN);

    assertThat(browser.get(OPERATOR_HOME).redirectPath()).contains(LOGIN);
  }

  @Test
  void aPostWithAForgedViewStateChangesNothing() {
    Fixtures.UserRow admin = Fixtures.operator("OPERATOR_ADMIN");
    PortalClient browser = new PortalClient();
    browser.get(LOGIN);

    PortalClient.Page forged =
        browser.postForm(
            LOGIN,
            PortalClient.loginFields(admin.username(), admin.password(), "1234567890:-987654321"));

    assertThat(forged.redirectPath()).isEmpty();
    assertThat(forged.body()).contains("Your page has expired").doesNotContain("at com.");
    assertThat(browser.get(OPERATOR_HOME).redirectPath()).contains(LOGIN);
    assertThat(
            RunningAtrium.database()
                .value("select last_login_at from app_user where id = ?", admin.id()))
        .isNull();
  }

  @Test
  void aPostWithoutViewStateChangesNothing() {
    Fixtures.UserRow admin = Fixtures.operator("OPERATOR_ADMIN");
    PortalClient browser = new PortalClient();

    PortalClient.Page answer =
        browser.postForm(LOGIN, PortalClient.loginFields(admin.username(), admin.password(), null));

    assertThat(answer.redirectPath()).isEmpty();
    assertThat(browser.get(OPERATOR_HOME).redirectPath()).contains(LOGIN);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    PortalClient.Page page = new PortalClient().get(LOGIN);

    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void theSessionIdChangesAtLogin() {
    Fixtures.UserRow admin = Fixtures.operator("OPERATOR_ADMIN");
    PortalClient browser = new PortalClient();
    PortalClient.Page form = browser.get(LOGIN);
    String before = browser.cookie("JSESSIONID").orElseThrow().getValue();

    browser.postForm(
        LOGIN, PortalClient.loginFields(admin.username(), admin.password(), form.viewState()));

    assertThat(browser.cookie("JSESSIONID").orElseThrow().getValue()).isNotEqualTo(before);
  }
}
