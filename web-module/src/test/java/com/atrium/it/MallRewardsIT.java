package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rewards and member flags under two malls (the demo data set's XH and CD; docs/redemption.md,
 * "Rewards of a mall or of the group"): a one-mall operator sees the group's rewards and its
 * mall's, another mall's reward answers 404, a group-wide reward is changed only by a group-wide
 * operator; a till redeems only what is offered at its mall; a one-mall operator sees only its
 * mall's flags.
 */
@ExtendWith(RunningAtrium.class)
class MallRewardsIT {

  private static final String LIST = "/operator/rewards/list.xhtml";
  private static final String DESK = "/operator/rewards/redeem.xhtml";

  /** The refusal's text, as much of it as the growl's script shows unescaped ("group\\-wide"). */
  private static final String GROUP_ONLY = "reward is changed by a group";

  @Test
  void aOneMallMarketingManagerSeesAndChangesOnlyTheGroupsAndItsMallsRewards() {
    long xh = Fixtures.mallId("XH");
    long cd = Fixtures.mallId("CD");
    String group = PosRedemptionIT.reward(null, null, 100, 5, 1);
    String xhOnly = PosRedemptionIT.reward(null, xh, 100, 5, 1);
    String xhTenants = PosRedemptionIT.reward(tenantId("FB001"), 100, 5, 1);
    String cdOnly = PosRedemptionIT.reward(null, cd, 100, 5, 1);
    var user = Fixtures.mallOperator("OPERATOR_MARKETING", cd);
    PortalClient portal = new PortalClient("en");
    assertThat(portal.login(user.username(), user.password()).redirectPath()).isPresent();

    var list = portal.get(LIST);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body())
        .contains(group, cdOnly, "Group-wide (every mall)", "星汇天地 Star Harbour Chengdu")
        // the demo data set's Chengdu reward
        .contains("CD-PANDA")
        .doesNotContain(xhOnly, xhTenants);
    assertThat(portal.get(LIST + "?edit=" + rewardId(xhOnly)).status()).isEqualTo(404);
    assertThat(portal.get(LIST + "?edit=" + rewardId(xhTenants)).status()).isEqualTo(404);
    assertThat(portal.get(LIST + "?edit=" + Long.MAX_VALUE).status()).isEqualTo(404);

    // its own mall's reward it changes, and the reward stays at its mall
    var own = portal.get(LIST + "?edit=" + rewardId(cdOnly));
    assertThat(own.status()).isEqualTo(200);
    Map<String, String> form = fields(own.body(), "reward");
    form.put("reward:name", "Renamed " + cdOnly);
    form.put("reward:save-reward", "");
    var saved = portal.postForm(LIST, form);
    assertThat(saved.body()).as(saved.toString()).contains("Reward " + cdOnly + " saved.");
    assertThat(text("select name from reward where code = ?", cdOnly))
        .isEqualTo("Renamed " + cdOnly);
    assertThat(mallOf(cdOnly)).isEqualTo(cd);

    // the group's reward it sees, but does not change
    var groups = portal.get(LIST + "?edit=" + rewardId(group));
    assertThat(groups.status()).isEqualTo(200);
    form = fields(groups.body(), "reward");
    form.put("reward:name", "Renamed " + group);
    form.put("reward:save-reward", "");
    var refused = portal.postForm(LIST, form);
    assertThat(refused.body()).as(refused.toString()).contains(GROUP_ONLY);
    assertThat(text("select name from reward where code = ?", group))
        .isNotEqualTo("Renamed " + group);
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from audit_event where action = 'REWARD_UPDATED'"
                        + " and subject_id = ?",
                    String.valueOf(rewardId(group))))
        .isZero();

    // a reward it creates is its mall's, whatever the form says
    String created = "CDNEW" + Fixtures.unique();
    form = fields(portal.get(LIST).body(), "reward");
    form.put("reward:code", created);
    form.put("reward:name", "Chengdu only " + created);
    form.put("reward:save-reward", "");
    var made = portal.postForm(LIST, form);
    assertThat(made.body()).as(made.toString()).contains("Reward " + created + " saved.");
    assertThat(mallOf(created)).isEqualTo(cd);

    // a group-wide operator chooses: here a reward for XH only
    PortalClient groupPortal = new PortalClient("en");
    var admin = Fixtures.operator("OPERATOR_MARKETING");
    groupPortal.login(admin.username(), admin.password());
    String forXh = "XHNEW" + Fixtures.unique();
    var page = groupPortal.get(LIST);
    assertThat(page.body()).contains(xhOnly, cdOnly, group, "CD-PANDA");
    assertThat(mallOf("CD-PANDA")).isEqualTo(cd);
    form = fields(page.body(), "reward");
    form.put("reward:code", forXh);
    form.put("reward:name", "Star Harbour only " + forXh);
    form.put("reward:mall_input", String.valueOf(xh));
    form.put("reward:save-reward", "");
    var chosen = groupPortal.postForm(LIST, form);
    assertThat(chosen.body()).as(chosen.toString()).contains("Reward " + forXh + " saved.");
    assertThat(mallOf(forXh)).isEqualTo(xh);
    assertThat(portal.get(LIST + "?edit=" + rewardId(forXh)).status()).isEqualTo(404);
  }

  @Test
  void aTillRedeemsOnlyWhatItsMallOffersAndAOneMallDeskOffersOnlyThat() {
    long xh = Fixtures.mallId("XH");
    long cd = Fixtures.mallId("CD");
    String group = PosRedemptionIT.reward(null, null, 100, 5, 5);
    String xhOnly = PosRedemptionIT.reward(null, xh, 100, 5, 5);
    String xhTenants = PosRedemptionIT.reward(tenantId("FB001"), 100, 5, 5);
    String cdOnly = PosRedemptionIT.reward(null, cd, 100, 5, 5);
    String phone = PosSalesIT.randomPhone();
    PosClient cdTill = PosClient.demo("CD-FB01");
    PosClient xhTill = PosClient.demo("FB001");
    register(cdTill, phone, "Two malls " + phone);
    sale(cdTill, phone, "2000.00");

    for (String elsewhere : new String[] {xhOnly, xhTenants}) {
      var refused = redeem(cdTill, phone, elsewhere);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
      assertThat(refused.problemCode()).isEqualTo("REWARD_NOT_FOUND");
    }
    var xhRefused = redeem(xhTill, phone, cdOnly);
    assertThat(xhRefused.status()).as(xhRefused.toString()).isEqualTo(404);
    assertThat(xhRefused.problemCode()).isEqualTo("REWARD_NOT_FOUND");
    assertThat(stock(xhOnly) + stock(xhTenants) + stock(cdOnly)).isEqualTo(15);

    var groups = redeem(cdTill, phone, group);
    assertThat(groups.status()).as(groups.toString()).isEqualTo(201);
    var own = redeem(cdTill, phone, cdOnly);
    assertThat(own.status()).as(own.toString()).isEqualTo(201);
    assertThat(redemptionMall(groups.json().getJsonNumber("redemptionId").longValue()))
        .isEqualTo(cd);
    assertThat(redemptionMall(own.json().getJsonNumber("redemptionId").longValue())).isEqualTo(cd);
    assertThat(redeem(xhTill, phone, xhOnly).status()).isEqualTo(201);

    // the Chengdu service desk offers the group's rewards and Chengdu's, and redeems them
    var service = Fixtures.mallOperator("OPERATOR_SERVICE", cd);
    PortalClient desk = new PortalClient("en");
    desk.login(service.username(), service.password());
    Map<String, String> find = fields(desk.get(DESK).body(), "find");
    find.put("find:identifier", phone);
    find.put("find:find-member", "");
    var found = desk.postForm(DESK, find);
    assertThat(found.body())
        .as(found.toString())
        .contains(group, cdOnly)
        .doesNotContain(xhOnly, xhTenants);
    Map<String, String> redeem = fields(found.body(), "redeem");
    redeem.put("redeem:reward-choice_input", String.valueOf(rewardId(cdOnly)));
    redeem.put("redeem:redeem-button", "");
    var redeemed = desk.postForm(DESK, redeem);
    assertThat(redeemed.body()).as(redeemed.toString()).contains("coupon-code");
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from redemption where reward_id = ? and client = ?"
                        + " and mall_id = ?",
                    rewardId(cdOnly),
                    service.username(),
                    cd))
        .isEqualTo(1);
    Fixtures.assertLedgerBalanced();
  }

  @Test
  void aOneMallServiceOperatorSeesOnlyItsMallsFlags() {
    long xh = Fixtures.mallId("XH");
    long cd = Fixtures.mallId("CD");
    String xhMember = flaggedMember(PosClient.demo("FB001"));
    String cdMember = flaggedMember(PosClient.demo("CD-FB01"));
    assertThat(flagMall(xhMember)).isEqualTo(xh);
    assertThat(flagMall(cdMember)).isEqualTo(cd);

    var service = Fixtures.mallOperator("OPERATOR_SERVICE", cd);
    PortalClient portal = new PortalClient("en");
    portal.login(service.username(), service.password());
    var flags = portal.get("/operator/member-flags.xhtml");
    assertThat(flags.status()).isEqualTo(200);
    assertThat(flags.body()).contains(cdMember).doesNotContain(xhMember);

    PortalClient group = new PortalClient("en");
    var admin = Fixtures.operator("OPERATOR_SERVICE");
    group.login(admin.username(), admin.password());
    assertThat(group.get("/operator/member-flags.xhtml").body()).contains(cdMember, xhMember);
    Fixtures.assertLedgerBalanced();
  }

  /**
   * A member who earns at the till, spends half of it there and is then refunded the whole sale:
   * the spent half cannot be taken back, so the refund flags the member. Returns the member's name,
   * which the flags page shows.
   */
  private static String flaggedMember(PosClient till) {
    String phone = PosSalesIT.randomPhone();
    String name = "Flagged " + Fixtures.unique();
    register(till, phone, name);
    String receipt = "FL-" + Fixtures.unique();
    var sale =
        till.post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + receipt
                    + "\",\"amount\":200.00}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    long half = sale.json().getJsonNumber("points").longValue() / 2;
    assertThat(half).isPositive();
    var paid =
        till.post(
                "/api/v1/pos/point-payments",
                "{\"phone\":\""
                    + phone
                    + "\",\"paymentReference\":\"FP-"
                    + Fixtures.unique()
                    + "\",\"billAmount\":10000.00,\"points\":"
                    + half
                    + "}")
            .send();
    assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    var refund =
        till.post(
                "/api/v1/pos/refunds",
                "{\"receiptNumber\":\""
                    + receipt
                    + "\",\"refundReference\":\"FR-"
                    + Fixtures.unique()
                    + "\",\"amount\":200.00}")
            .header("Idempotency-Key", "fr-" + Fixtures.unique())
            .send();
    assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
    assertThat(refund.json().getBoolean("memberFlagged")).isTrue();
    return name;
  }

  private static void register(PosClient till, String phone, String name) {
    var r =
        till.post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"" + name + "\",\"acceptTerms\":true}")
            .send();
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  private static void sale(PosClient till, String phone, String amount) {
    var r =
        till.post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\"MR-"
                    + Fixtures.unique()
                    + "\",\"amount\":"
                    + amount
                    + "}")
            .send();
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  private static PosClient.Response redeem(PosClient till, String phone, String reward) {
    return till.post(
            "/api/v1/pos/redemptions",
            "{\"phone\":\"" + phone + "\",\"rewardCode\":\"" + reward + "\"}")
        .header("Idempotency-Key", "mr-" + Fixtures.unique())
        .send();
  }

  private static long tenantId(String code) {
    return RunningAtrium.database().longValue("select id from tenant where code = ?", code);
  }

  private static long rewardId(String code) {
    return RunningAtrium.database().longValue("select id from reward where code = ?", code);
  }

  private static long mallOf(String code) {
    return RunningAtrium.database().longValue("select mall_id from reward where code = ?", code);
  }

  private static long stock(String code) {
    return RunningAtrium.database().longValue("select stock from reward where code = ?", code);
  }

  private static long redemptionMall(long redemptionId) {
    return RunningAtrium.database()
        .longValue("select mall_id from redemption where id = ?", redemptionId);
  }

  private static long flagMall(String memberName) {
    return RunningAtrium.database()
        .longValue(
            "select f.mall_id from member_flag f join member m on m.id = f.member_id"
                + " where m.name = ?",
            memberName);
  }

  private static String text(String sql, Object... params) {
    return String.valueOf(RunningAtrium.database().value(sql, params));
  }

  /**
   * The fields a browser would post for a form of the page (inputs, and the selected option of each
   * select), so that a test can change a few and submit it as the portal's own form.
   */
  static Map<String, String> fields(String html, String formId) {
    int start = html.indexOf("<form id=\"" + formId + "\"");
    assertThat(start).as("form " + formId + " in " + html).isNotNegative();
    String form = html.substring(start, html.indexOf("</form>", start));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher inputs = Pattern.compile("<input\\b[^>]*>").matcher(form);
    while (inputs.find()) {
      String tag = inputs.group();
      String name = attribute(tag, "name");
      String type = attribute(tag, "type");
      boolean unchecked =
          ("checkbox".equals(type) || "radio".equals(type)) && !tag.contains("checked");
      if (name != null && !unchecked && !tag.contains(" disabled")) {
        String value = attribute(tag, "value");
        fields.put(name, value == null ? "" : value);
      }
    }
    Matcher selects =
        Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(form);
    while (selects.find()) {
      String name = attribute(selects.group(1), "name");
      Matcher selected = Pattern.compile("<option\\b[^>]*selected[^>]*>").matcher(selects.group(2));
      if (name != null) {
        String value = selected.find() ? attribute(selected.group(), "value") : null;
        fields.put(name, value == null ? "" : value);
      }
    }
    return fields;
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find()
        ? m.group(1)
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
        : null;
  }
}
