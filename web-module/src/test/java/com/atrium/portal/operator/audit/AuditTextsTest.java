package com.atrium.portal.operator.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the audit log stores in codes reads in words in both bundles, and every action and subject
 * the services record, and every kind of message the outbox queues, has its words in both.
 */
class AuditTextsTest {

  private static final Function<String, String> ZH = bundle("_zh_CN");
  private static final Function<String, String> EN = bundle("");

  @Test
  void anActionAndItsSubjectReadInTheUsersLanguage() {
    assertThat(AuditTexts.action("USER_DISABLED", ZH)).isEqualTo("登录账号已停用");
    assertThat(AuditTexts.action("USER_DISABLED", EN)).isEqualTo("Login disabled");
    assertThat(AuditTexts.subject("app_user", ZH)).isEqualTo("登录账号");
    assertThat(AuditTexts.subject("app_user", EN)).isEqualTo("Login");
  }

  @Test
  void fieldsAndTheCodesAmongTheirValuesReadInWords() {
    assertThat(AuditTexts.change(new AuditState.Change("enabled", "true", "false"), ZH))
        .isEqualTo(new AuditState.Change("启用", "是", "否"));
    assertThat(AuditTexts.change(new AuditState.Change("enabled", "true", "false"), EN).shown())
        .isEqualTo("yes → no");
    assertThat(
            AuditTexts.change(
                new AuditState.Change("roles", null, "[OPERATOR_MARKETING, OPERATOR_FINANCE]"), ZH))
        .isEqualTo(new AuditState.Change("角色", null, "[市场, 财务]"));
    // a status, a tier, a category and a flag's kind, each from its own family of keys
    assertThat(AuditTexts.value("PENDING", ZH)).isEqualTo("待处理");
    assertThat(AuditTexts.change(new AuditState.Change("lockedUntil", "null", "null"), ZH))
        .isEqualTo(new AuditState.Change("锁定至", "—", "—"));
    assertThat(AuditTexts.value("GOLD", ZH)).isEqualTo(ZH.apply("tier.GOLD"));
    assertThat(AuditTexts.value("FASHION", EN)).isEqualTo("Fashion");
    assertThat(AuditTexts.value("REFUND_UNRECOVERED", EN))
        .isEqualTo("Refund of points already spent");
  }

  @Test
  void whatHasNoWordsShowsAsStored() {
    assertThat(AuditTexts.action("SOMETHING_NEW", ZH)).isEqualTo("SOMETHING_NEW");
    assertThat(AuditTexts.subject("new_thing", ZH)).isEqualTo("new_thing");
    assertThat(AuditTexts.change(new AuditState.Change("newField", "FB001", "小李"), ZH))
        .isEqualTo(new AuditState.Change("newField", "FB001", "小李"));
    // text that is no map stays one unnamed field, untouched
    assertThat(AuditTexts.change(new AuditState.Change("", null, "free text"), ZH))
        .isEqualTo(new AuditState.Change("", null, "free text"));
    assertThat(AuditTexts.value("[]", ZH)).isEqualTo("[]");
    assertThat(AuditTexts.value("[a, ACTIVE]", ZH)).isEqualTo("[a, 有效]");
  }

  @Test
  void everyActionSubjectAndMessageKindInTheSourcesHasWordsInBothLanguages() throws IOException {
    Pattern recorded =
        Pattern.compile(
            "audit\\s*\\.\\s*record\\(\\s*(?:[^\"(),]*\\?\\s*)?\"([^\"]+)\"(?:\\s*:\\s*\"([^\"]+)\")?\\s*,\\s*\"([^\"]+)\"");
    Pattern kinds =
        Pattern.compile("(?:KIND|CODE_KIND|[A-Z_]+(?:_CODE|_REMINDER|_LOW))\\s*=\\s*\"([A-Z_]+)\"");
    Set<String> actions = new TreeSet<>();
    Set<String> subjects = new TreeSet<>();
    Set<String> messageKinds = new TreeSet<>();
    Path sources = Path.of("../ejb-module/src/main/java");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        Matcher m = recorded.matcher(text);
        while (m.find()) {
          actions.add(m.group(1));
          if (m.group(2) != null) {
            actions.add(m.group(2));
          }
          subjects.add(m.group(3));
        }
        if (file.toString().contains("notification")
            || text.contains("queueOneTimeCode")
            || text.contains("queueCodeToPhone")) {
          Matcher k = kinds.matcher(text);
          while (k.find()) {
            messageKinds.add(k.group(1));
          }
        }
      }
    }
    assertThat(actions).as("actions found in the sources").hasSizeGreaterThan(60);
    assertThat(messageKinds)
        .as("kinds found in the sources")
        .contains("EXPIRY_REMINDER", "WIFI_CODE", "PHONE_CHANGE_CODE");
    for (Function<String, String> bundle : List.of(EN, ZH)) {
      assertThat(actions.stream().filter(a -> bundle.apply("audit.action." + a) == null).toList())
          .as("actions without words")
          .isEmpty();
      assertThat(subjects.stream().filter(s -> bundle.apply("audit.subject." + s) == null).toList())
          .as("subjects without words")
          .isEmpty();
      assertThat(
              messageKinds.stream().filter(k -> bundle.apply("outbox.kind." + k) == null).toList())
          .as("message kinds without words")
          .isEmpty();
    }
  }

  private static Function<String, String> bundle(String suffix) {
    Properties p = new Properties();
    try (InputStream in =
        AuditTextsTest.class
            .getClassLoader()
            .getResourceAsStream("com/atrium/portal/messages" + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return p::getProperty;
  }
}
