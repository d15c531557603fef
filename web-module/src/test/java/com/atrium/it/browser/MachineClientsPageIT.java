package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The admin creates keys of all four kinds, rotates one with an overlap and disables one, through
 * the portal; each key works on its own API at once, and every change is audited without a secret.
 * Another operator may not open the page.
 */
@ExtendWith(RunningAtrium.class)
class MachineClientsPageIT {

  @Test
  void theAdminCreatesRotatesRevokesAndDisablesMachineKeys() {
    String tag = Fixtures.unique();
    try (Browser admin = Browser.signedIn("admin", "en")) {
      admin.open("/operator/dashboard.xhtml");
      admin.clickable(By.id("menu-machines")).click();
      MachineClientsPage page = new MachineClientsPage(admin);

      MachineClientsPage.Issued pos = page.create("POS", "FB001", "till " + tag);
      MachineClientsPage.Issued park = page.create("Car park", "XH", "gate " + tag);
      MachineClientsPage.Issued wifi = page.create("WiFi controller", "XH", "radius " + tag);
      // a partner key names an existing partner (the partner context's; no portal page yet)
      Fixtures.partner("BANK" + tag);
      MachineClientsPage.Issued partner = page.create("Partner", "BANK" + tag, "bank " + tag);

      assertThat(pos.keyId()).startsWith("pos-");
      assertThat(page.rowText(pos.keyId())).contains("POS", "FB001", "till " + tag, "Enabled");
      assertThat(page.rowText(park.keyId())).contains("Car park", "XH", "#1 active");
      assertThat(page.rowText(partner.keyId())).contains("Partner", "BANK" + tag);
      assertWorks(pos, "/api/v1/pos/whoami");
      assertWorks(park, "/api/v1/parking/whoami");
      assertWorks(wifi, "/api/v1/wifi/whoami");
      assertWorks(partner, "/api/v1/partner/whoami");

      // rotation with overlap: both secrets work until the old one is revoked
      MachineClientsPage.Issued rotated = page.rotate(park.keyId());
      assertThat(rotated.keyId()).isEqualTo(park.keyId());
      assertThat(rotated.secret()).isNotEqualTo(park.secret());
      assertThat(page.rowText(park.keyId())).contains("#1 active until", "#2 active");
      assertWorks(park, "/api/v1/parking/whoami");
      assertWorks(rotated, "/api/v1/parking/whoami");
      // the page rolls the last use up from the nonces when it lists the keys
      page.rotate(pos.keyId());
      assertThat(lastUsed("api_client_secret", park.keyId(), " and secret_no = 1")).isNotNull();
      assertThat(lastUsed("api_client", park.keyId(), "")).isNotNull();
      assertThat(page.rowText(park.keyId())).contains("Last used");

      page.revoke(park.keyId(), 1);
      page.awaitRowText(park.keyId(), "#1 revoked");
      assertThat(signed(park, "/api/v1/parking/whoami").status()).isEqualTo(401);
      assertWorks(rotated, "/api/v1/parking/whoami");

      page.disable(wifi.keyId());
      assertThat(signed(wifi, "/api/v1/wifi/whoami").status()).isEqualTo(401);
      assertWorks(pos, "/api/v1/pos/whoami");

      // the secret was shown once: the page no longer holds it
      assertThat(admin.driver.getPageSource()).doesNotContain(park.secret());

      assertAudited(
          park,
          List.of("MACHINE_CLIENT_CREATED", "MACHINE_SECRET_ROTATED", "MACHINE_SECRET_REVOKED"),
          park.secret(),
          rotated.secret());
      assertAudited(
          wifi, List.of("MACHINE_CLIENT_CREATED", "MACHINE_CLIENT_DISABLED"), wifi.secret());
      assertAudited(partner, List.of("MACHINE_CLIENT_CREATED"), partner.secret());
    }
  }

  /** Every change to a key is audited under the admin's name, and no record holds a secret. */
  private static void assertAudited(
      MachineClientsPage.Issued key, List<String> actions, String... secrets) {
    List<Map<String, Object>> audit =
        RunningAtrium.database()
            .rows(
                "select action, actor, coalesce(before_state, '') || after_state as states"
                    + " from audit_event where subject = 'api_client' and subject_id = ?"
                    + " order by id",
                key.keyId());
    assertThat(audit).extracting(r -> r.get("action")).containsExactlyElementsOf(actions);
    assertThat(audit).extracting(r -> r.get("actor")).containsOnly("admin");
    for (Map<String, Object> r : audit) {
      for (String secret : secrets) {
        assertThat((String) r.get("states")).doesNotContain(secret);
      }
    }
  }

  /** What the overlap says, by language and text typed. */
  private static final Map<String, Map<String, String>> OVERLAPS =
      Map.of(
          "en",
          Map.of(
              "-5", "Cannot be negative: type it without the minus sign.",
              "1.5", "A whole number only, without decimals.",
              "abc", "Not a number: type it in digits, e.g. 24.",
              "99999999999", "Too large: at most 720 hours.",
              "0", "Too small: at least 1 hour."),
          "zh",
          Map.of(
              "-5", "不能为负数，请去掉负号。",
              "1.5", "只能输入整数，不能有小数。",
              "abc", "不是数字：请用数字输入，例如 24。",
              "99999999999", "数值过大：最多 720 小时。",
              "0", "数值过小：至少 1 小时。"));

  @Test
  void aBadOverlapIsRefusedAtItsFieldAndNothingIsRotated() {
    String tag = Fixtures.unique();
    MachineClientsPage.Issued gate;
    try (Browser admin = Browser.signedIn("admin", "en")) {
      gate = new MachineClientsPage(admin).create("Car park", "XH", "overlap " + tag);
    }
    for (String language : List.of("zh", "en")) {
      try (Browser admin = Browser.signedIn("admin", language)) {
        MachineClientsPage page = new MachineClientsPage(admin);
        page.openRotate(gate.keyId());
        for (var typed : OVERLAPS.get(language).entrySet()) {
          var answer =
              NumberInputs.submit(
                      admin,
                      List.of("rotate:overlap"),
                      typed.getKey(),
                      () -> NumberInputs.press(admin, By.id("rotate:rotate-save")))
                  .get("rotate:overlap");
          assertThat(answer)
              .as("%s typed", typed.getKey())
              .isEqualTo(new NumberInputs.Answer(typed.getValue(), typed.getKey()));
        }
      }
    }
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from api_client_secret where key_id = ?", gate.keyId()))
        .isEqualTo(1);
    assertAudited(gate, List.of("MACHINE_CLIENT_CREATED"), gate.secret());
    assertWorks(gate, "/api/v1/parking/whoami");
  }

  @Test
  void anotherOperatorMayNotOpenThePage() {
    try (Browser marketing = Browser.signedIn("marketing", "en")) {
      marketing.open("/operator/dashboard.xhtml");
      marketing.visible(By.id("menu-dashboard"));
      assertThat(marketing.driver.findElements(By.id("menu-machines"))).isEmpty();
      marketing.open("/operator/machines.xhtml");
      assertThat(marketing.driver.getPageSource()).doesNotContain("New machine client");
    }
  }

  private static Object lastUsed(String table, String keyId, String and) {
    return RunningAtrium.database()
        .value("select last_used_at from " + table + " where key_id = ?" + and, keyId);
  }

  private static PosClient.Response signed(MachineClientsPage.Issued key, String path) {
    return new PosClient(RunningAtrium.baseUri(), key.keyId(), key.secret()).get(path).send();
  }

  private static void assertWorks(MachineClientsPage.Issued key, String path) {
    PosClient.Response r = signed(key, path);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().getString("keyId")).isEqualTo(key.keyId());
  }
}
