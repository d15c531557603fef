package com.atrium.portal.operator.audit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an audit event's before and after states back into fields for people: they are written as a
 * map's {@code {key=value, key=[a, b]}}. Text that is not such a map stays one unnamed field, so
 * nothing is ever hidden.
 */
public final class AuditState {

  /** One field of the states: its value before and after, and whether it changed. */
  public record Change(String field, String before, String after) implements Serializable {
    public boolean changed() {
      return !Objects.equals(before, after);
    }

    /** Changed from one value to another (not merely created or removed). */
    public boolean altered() {
      return before != null && after != null && changed();
    }

    /** For people: {@code before → after} where it changed, else the one value there is. */
    public String shown() {
      if (altered()) {
        return before + " → " + after;
      }
      return after != null ? after : before;
    }
  }

  private AuditState() {}

  /** The fields of a state in written order; empty for none. */
  static Map<String, String> parse(String state) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (state == null || state.isBlank()) {
      return fields;
    }
    String s = state.strip();
    if (!s.startsWith("{") || !s.endsWith("}")) {
      fields.put("", s);
      return fields;
    }
    for (String part : splitTopLevel(s.substring(1, s.length() - 1))) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        fields.clear();
        fields.put("", s);
        return fields;
      }
      fields.put(part.substring(0, eq), part.substring(eq + 1));
    }
    return fields;
  }

  /** Every field of either state, in the order written, with its value before and after. */
  public static List<Change> changes(String before, String after) {
    Map<String, String> b = parse(before);
    Map<String, String> a = parse(after);
    Set<String> names = new LinkedHashSet<>(b.keySet());
    names.addAll(a.keySet());
    List<Change> changes = new ArrayList<>();
    for (String name : names) {
      changes.add(new Change(name, b.get(name), a.get(name)));
    }
    return changes;
  }

  /** Splits on ", " outside brackets and braces: a list value keeps its commas. */
  private static List<String> splitTopLevel(String s) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[' || c == '{') {
        depth++;
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0 && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
        parts.add(s.substring(start, i));
        start = i + 2;
        i++;
      }
    }
    if (start < s.length()) {
      parts.add(s.substring(start));
    }
    return parts;
  }
}
