package com.atrium.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Every text the ledger and the flags store, as the code writes it, reads in Chinese in the Chinese
 * bundle and in English in the English one; an unknown text shows as stored.
 */
class LedgerTextsTest {

  @Test
  void eachStoredShapeReadsInChinese() throws IOException {
    BiFunction<String, Object[], String> zh = bundle("_zh_CN", Locale.SIMPLIFIED_CHINESE);
    assertThat(LedgerTexts.describe("Sale R-001", zh)).isEqualTo("消费，小票 R-001");
    assertThat(LedgerTexts.describe("Refund RF-9 of sale R-001", zh))
        .isEqualTo("退货 RF-9，原小票 R-001");
    assertThat(LedgerTexts.describe("Refund RF-9 of sale R-001 (points already spent)", zh))
        .isEqualTo("退货 RF-9，原小票 R-001（积分已被使用）");
    assertThat(
            LedgerTexts.describe(
                "Refund DESK-12-1 of sale R-001: 40 points already spent could not be taken back",
                zh))
        .isEqualTo("退货 DESK-12-1，原小票 R-001：40 积分已被使用，无法扣回");
    assertThat(LedgerTexts.describe("Reward COFFEE", zh)).isEqualTo("兑换礼品 COFFEE");
    assertThat(LedgerTexts.describe("Cancel redemption 4245952", zh)).isEqualTo("取消兑换 4245952");
    assertThat(LedgerTexts.describe("Coupon ABCD-EFGH-JKLM honoured", zh))
        .isEqualTo("核销券 ABCD-EFGH-JKLM");
    assertThat(LedgerTexts.describe("Points as cash PAY-001", zh)).isEqualTo("积分抵现，支付单号 PAY-001");
    assertThat(LedgerTexts.describe("Exchange IN DEMOBANK T-1", zh))
        .isEqualTo("合作伙伴 DEMOBANK 积分兑入，交易号 T-1");
    assertThat(LedgerTexts.describe("Exchange OUT DEMOAIR T-2", zh))
        .isEqualTo("积分兑出至合作伙伴 DEMOAIR，交易号 T-2");
    assertThat(LedgerTexts.describe("Exchange OUT rejected by DEMOAIR", zh))
        .isEqualTo("合作伙伴 DEMOAIR 拒绝积分兑出");
    assertThat(LedgerTexts.describe("Exchange IN reversed", zh)).isEqualTo("合作伙伴积分兑入已冲正");
    assertThat(LedgerTexts.describe("Exchange OUT reversed", zh)).isEqualTo("合作伙伴积分兑出已冲正");
    assertThat(LedgerTexts.describe("Parking P-77", zh)).isEqualTo("积分支付停车费，停车记录 P-77");
    assertThat(LedgerTexts.describe("Parking released P-77", zh)).isEqualTo("停车积分退回，停车记录 P-77");
    assertThat(LedgerTexts.describe("WiFi visit XH 2026-12-03", zh))
        .isEqualTo("WiFi 到访：XH，2026-12-03");
    assertThat(LedgerTexts.describe("Expiry of lot 815", zh)).isEqualTo("积分过期（批次 815）");
    assertThat(LedgerTexts.describe("Adjustment 42: 补录小票", zh)).isEqualTo("人工调整 42: 补录小票");
    assertThat(
            LedgerTexts.describe(
                "Member over the daily sales limit: 6 sales, 1234.50 CNY (sale 99)", zh))
        .isEqualTo("会员当日交易超限：6 笔，共 1234.50 元（交易 99）");
    assertThat(
            LedgerTexts.describe(
                "Assistant fb001 over the daily sales limit: 41 sales (sale 7)", zh))
        .isEqualTo("店员 fb001 当日录入交易超限：41 笔（交易 7）");
  }

  @Test
  void englishReadsAsEnglishAndAnUnknownTextAsStored() throws IOException {
    BiFunction<String, Object[], String> en = bundle("", Locale.ENGLISH);
    assertThat(LedgerTexts.describe("Points as cash PAY-001", en))
        .isEqualTo("Points as cash, payment PAY-001");
    assertThat(LedgerTexts.describe("Cancel redemption 42", en))
        .isEqualTo("Redemption 42 cancelled");
    assertThat(LedgerTexts.describe("RolePagesIT", en)).isEqualTo("RolePagesIT");
    assertThat(LedgerTexts.describe(null, en)).isEmpty();
  }

  private static BiFunction<String, Object[], String> bundle(String suffix, Locale locale)
      throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        LedgerTextsTest.class
            .getClassLoader()
            .getResourceAsStream("com/atrium/portal/messages" + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return (key, args) -> new MessageFormat(p.getProperty(key), locale).format(args);
  }
}
