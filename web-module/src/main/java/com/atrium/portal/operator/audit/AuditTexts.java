package com.atrium.portal.operator.audit;

import com.atrium.portal.PortalMessages;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The user's-language words of what the audit log stores in English codes: an action ({@code
 * audit.action.<CODE>}), a subject ({@code audit.subject.<name>}), a field of a before or after
 * state ({@code audit.field.<name>}) and the codes among its values (a status, a role, a tier, a
 * category, a flag's kind, yes or no, no value). The log itself keeps its codes (the API and the
 * filters use them); a code without a text, such as a tenant's own code or one added later, shows
 * as stored.
 */
public final class AuditTexts {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** Where a code among the values is looked up, first found wins. */
  private static final List<String> VALUE_KEYS =
      List.of("audit.value.", "role.", "tier.", "category.", "flags.kind.");

  private AuditTexts() {}

  /** {@code code} in the user's language through the Faces bundle. */
  public static String action(String code) {
    return action(code, PortalMessages::known);
  }

  public static String subject(String name) {
    return subject(name, PortalMessages::known);
  }

  public static AuditState.Change change(AuditState.Change c) {
    return change(c, PortalMessages::known);
  }

  /**
   * {@code bundle} gives a key's text or null when it has none, so the words are tested against the
   * real bundles without a Faces context.
   */
  static String action(String code, Function<String, String> bundle) {
    return or(code, bundle.apply("audit.action." + code));
  }

  static String subject(String name, Function<String, String> bundle) {
    return or(name, bundle.apply("audit.subject." + name));
  }

  static AuditState.Change change(AuditState.Change c, Function<String, String> bundle) {
    String field =
        c.field() == null || c.field().isEmpty()
            ? c.field()
            : or(c.field(), bundle.apply("audit.field." + c.field()));
    return new AuditState.Change(field, value(c.before(), bundle), value(c.after(), bundle));
  }

  /** A value, or each item of a list value {@code [A, B]}, with its codes in words. */
  static String value(String value, Function<String, String> bundle) {
    if (value == null) {
      return null;
    }
    if (value.length() > 2 && value.startsWith("[") && value.endsWith("]")) {
      return Arrays.stream(value.substring(1, value.length() - 1).split(", ", -1))
          .map(item -> word(item, bundle))
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return word(value, bundle);
  }

  private static String word(String value, Function<String, String> bundle) {
    // a map's null is written "null": shown as no value, like true and false as yes and no
    if ("true".equals(value) || "false".equals(value) || "null".equals(value)) {
      return or(value, bundle.apply("audit.value." + value));
    }
    if (!CODE.matcher(value).matches()) {
      return value;
    }
    for (String prefix : VALUE_KEYS) {
      String text = bundle.apply(prefix + value);
      if (text != null) {
        return text;
      }
    }
    return value;
  }

  private static String or(String code, String text) {
    return text == null ? code : text;
  }
}
