package com.atrium.portal.operator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.earning.EarningRuleSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesTextTest {

  static final Map<String, String> TENANTS = Map.of("FB001", "FB001 星巴克", "SV001", "SV001 银行");

  static RulesText text(Locale locale) {
    return new RulesText(
        ResourceBundle.getBundle("com.atrium.portal.messages", locale),
        locale,
        RulesFormTest.SHANGHAI,
        Map.of("CINEMA", locale.getLanguage().equals("zh") ? "影院" : "Cinema"),
        Map.of("GOLD", locale.getLanguage().equals("zh") ? "金卡" : "Gold", "SILVER", "Silver"),
        TENANTS);
  }

  @Test
  void aVersionReadsAsLabelledLinesWithNamesAndSeparators() {
    List<RulesText.Line> en = text(Locale.ENGLISH).summary(RulesFormTest.RULES);
    assertThat(en)
        .extracting(RulesText.Line::text)
        .containsExactly(
            "1 points per CNY · from 20.00 CNY",
            "per sale 5,000 · per member and day none",
            "×2",
            "Cinema ×1.5",
            "Gold ×1.5, Silver ×1.2",
            "FB001 星巴克 ×1.5",
            "SV001 银行, SV002",
            "D11 双十一 Double 11 (2026-11-11 00:00 – 2026-11-12 00:00, ×2, budget 100,000)");
    assertThat(en.get(3).label()).isEqualTo("Category multipliers");

    List<RulesText.Line> zh = text(Locale.SIMPLIFIED_CHINESE).summary(RulesFormTest.RULES);
    assertThat(zh.get(0).text()).isEqualTo("每元 1 积分 · 最低消费 20.00 元");
    assertThat(zh.get(3).text()).isEqualTo("影院 ×1.5");
    assertThat(zh.get(3).label()).isEqualTo("业态倍率");
  }

  @Test
  void theChangesBetweenTwoVersionsNameWhatChangedInTheUsersLanguage() {
    EarningRuleSet before = RulesFormTest.RULES;
    EarningRuleSet after =
        new EarningRuleSet(
            before.baseRate(),
            before.minimumSpend(),
            12_000L,
            before.capPerMemberPerDay(),
            Map.of(),
            before.tenantMultipliers(),
            Map.of("GOLD", new BigDecimal("2"), "SILVER", new BigDecimal("1.2")),
            before.birthdayMultiplier(),
            Set.of("SV001"),
            before.campaigns());
    assertThat(text(Locale.ENGLISH).changes(before, after))
        .containsExactly(
            new RulesText.Row("Changed", "Cap per transaction (points)", "", "5,000", "12,000"),
            new RulesText.Row("Removed", "Category multipliers", "Cinema", "×1.5", ""),
            new RulesText.Row("Changed", "Tier multipliers", "Gold", "×1.5", "×2"),
            new RulesText.Row("Removed", "Excluded tenants", "SV002", "excluded", ""));
    assertThat(text(Locale.SIMPLIFIED_CHINESE).changes(before, after).get(2))
        .isEqualTo(new RulesText.Row("修改", "会员等级倍率", "金卡", "×1.5", "×2"));
  }
}
