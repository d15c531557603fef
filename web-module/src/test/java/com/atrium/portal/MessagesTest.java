package com.atrium.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The portal speaks Chinese and English everywhere: both bundles carry the same keys. */
class MessagesTest {

  private static final String BASE = "com/atrium/portal/messages";

  @Test
  void chineseAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(load("_zh_CN").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("").stringPropertyNames());
  }

  @Test
  void everyRefusalTheScreensMeetHasAText() throws IOException {
    Properties en = load("");
    for (String code :
        new String[] {
          "PHONE_INVALID",
          "MEMBER_NOT_FOUND",
          "PHONE_TAKEN",
          "TERMS_REQUIRED",
          "TENANT_CODE_TAKEN",
          "TENANT_CODE_INVALID",
          "CONTRACT_DATES_INVALID",
          "RECEIPT_CONFLICT",
          "AMOUNT_INVALID",
          "TENANT_INACTIVE",
          "USERNAME_TAKEN",
          "PASSWORD_TOO_WEAK",
          "ROLES_INVALID",
          "ROLES_MIXED",
          "TENANT_REQUIRED",
          "TENANT_NOT_ALLOWED",
          "TENANT_CODE_UNKNOWN",
          "LAST_ADMIN",
          "MALL_NOT_ALLOWED",
          "GROUP_SCOPE_REQUIRED",
          "CURRENT_PASSWORD_WRONG",
          "PASSWORD_UNCHANGED",
          "PASSWORD_MISMATCH",
          "DATE_RANGE_INVALID",
          // the domain's value objects and campaign checks
          "RECEIPT_NUMBER_INVALID",
          "PAYMENT_REFERENCE_INVALID",
          "REFUND_REFERENCE_INVALID",
          "POINTS_INVALID",
          "IDEMPOTENCY_KEY_INVALID",
          "CARD_NUMBER_INVALID",
          "CAMPAIGN_CODE_INVALID",
          "CAMPAIGN_NAME_REQUIRED",
          "CAMPAIGN_NAME_INVALID",
          "CAMPAIGN_WINDOW_INVALID",
          "CAMPAIGN_MULTIPLIER_INVALID",
          "CAMPAIGN_BONUS_INVALID",
          "CAMPAIGN_REWARD_REQUIRED",
          "CAMPAIGN_BUDGET_INVALID",
          "EFFECTIVE_TO_INVALID",
          "RULES_INVALID",
          "NOTE_INVALID",
          "RULES_UNKNOWN_CODE",
          "MULTIPLIER_TOO_LARGE",
          // clearing terms
          "COST_PER_POINT_INVALID",
          "REIMBURSEMENT_PER_POINT_INVALID",
          "CLEARING_FEE_INVALID",
          "SETTLEMENT_MODE_INVALID",
          "EFFECTIVE_FROM_IN_PAST",
          "TERMS_VERSION_EXISTS",
          "TERMS_UNCHANGED",
          "BREAKAGE_SHARE_INVALID",
          "CLEARING_TERMS_MISSING",
          "TERMS_CHANGED_CONCURRENTLY",
          // clearing runs
          "CLEARING_RUN_EXISTS",
          "CLEARING_RUN_NOT_FOUND",
          "STATEMENT_NOT_FOUND",
          "LINE_NOT_FOUND",
          "ENTRY_NOT_PLACED",
          "AFTER_INVALID",
          "PERIOD_KIND_INVALID",
          "PERIOD_START_INVALID",
          "PERIOD_NOT_STARTED",
          "PERIOD_OPEN",
          "RUN_NOT_DRAFT",
          "RUN_NOT_IN_REVIEW",
          "RUN_NOT_APPROVED",
          "FOUR_EYES_REQUIRED",
          "FINANCE_ROLE_REQUIRED"
        }) {
      assertThat(en.getProperty("error." + code)).as(code).isNotBlank();
      assertThat(load("_zh_CN").getProperty("error." + code)).as(code).isNotBlank();
    }
  }

  /**
   * Every refusal code a service throws ({@code DomainException.x("CODE", ...)} in the sources of
   * both modules) has a text in both languages, so no screen falls back to the service's English.
   */
  @Test
  void everyRefusalCodeInTheSourcesHasATextInBothLanguages() throws IOException {
    Pattern thrown =
        Pattern.compile(
            "(?:DomainException\\s*\\.\\s*\\w+|new DomainException)\\(\\s*\"([A-Z][A-Z0-9_]+)\"");
    Set<String> codes = new TreeSet<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../ejb-module/src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = thrown.matcher(Files.readString(file));
          while (m.find()) {
            codes.add(m.group(1));
          }
        }
      }
    }
    assertThat(codes).as("codes found in the sources").hasSizeGreaterThan(150);
    Properties en = load("");
    Properties zh = load("_zh_CN");
    assertThat(codes.stream().filter(c -> en.getProperty("error." + c) == null).toList())
        .as("codes without an English text")
        .isEmpty();
    assertThat(codes.stream().filter(c -> zh.getProperty("error." + c) == null).toList())
        .as("codes without a Chinese text")
        .isEmpty();
  }

  /** A key written twice silently takes its last text, which once relabelled a whole picker. */
  @Test
  void noKeyIsWrittenTwice() throws IOException {
    for (String suffix : new String[] {"", "_zh_CN"}) {
      Map<String, Integer> seen = new HashMap<>();
      List<String> twice = new ArrayList<>();
      try (InputStream in =
          MessagesTest.class.getClassLoader().getResourceAsStream(BASE + suffix + ".properties")) {
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
          String line = lines[i].strip();
          if (line.isEmpty() || line.startsWith("#") || !line.contains("=")) {
            continue;
          }
          Integer before = seen.put(line.substring(0, line.indexOf('=')).strip(), i + 1);
          if (before != null) {
            twice.add(
                line.substring(0, line.indexOf('=')) + " (lines " + before + ", " + (i + 1) + ")");
          }
        }
      }
      assertThat(twice).as("messages" + suffix).isEmpty();
    }
  }

  @Test
  void theChineseBundleIsReadAsUtf8() {
    ResourceBundle zh = ResourceBundle.getBundle(BASE.replace('/', '.'), Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.getString("menu.tenants")).isEqualTo("商户管理");
  }

  private static Properties load(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessagesTest.class.getClassLoader().getResourceAsStream(BASE + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
