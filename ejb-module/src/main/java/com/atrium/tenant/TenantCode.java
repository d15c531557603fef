package com.atrium.tenant;

import com.atrium.platform.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A tenant's short code (e.g. {@code FB001}): 2 to 32 upper-case letters, digits, dash, underscore.
 */
public record TenantCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");

  public TenantCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw DomainException.invalid(
          "TENANT_CODE_INVALID",
          "code",
          "A tenant code is 2 to 32 upper-case letters, digits, '-' or '_'");
    }
  }

  public static TenantCode parse(String raw) {
    return new TenantCode(raw == null ? null : raw.trim().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
