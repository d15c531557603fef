package com.atrium.security;

import com.atrium.platform.DomainException;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a machine client is confined to: one tenant (POS), one mall (car park, WiFi controller) or
 * one partner. Which scope fits which kind is {@link MachineKind#fits}'s, and the database's check
 * constraint says the same.
 */
public sealed interface MachineScope extends Serializable {

  record Tenant(long id) implements MachineScope {}

  record Mall(long id) implements MachineScope {}

  /** A partner by its code; {@link PartnerDirectory} says whether the partner exists. */
  record Partner(String code) implements MachineScope {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");

    public Partner {
      if (code == null || !CODE.matcher(code).matches()) {
        throw DomainException.invalid(
            "PARTNER_CODE_INVALID",
            "partnerCode",
            "A partner code is 2 to 32 capital letters, digits, '_' or '-'");
      }
    }
  }

  /** The scope in the columns of api_client; exactly one of them is set. */
  static MachineScope of(Long tenantId, Long mallId, String partnerCode) {
    if (tenantId != null) {
      return new Tenant(tenantId);
    }
    if (mallId != null) {
      return new Mall(mallId);
    }
    return new Partner(partnerCode);
  }

  default Optional<Long> tenantId() {
    return this instanceof Tenant t ? Optional.of(t.id()) : Optional.empty();
  }

  default Optional<Long> mallId() {
    return this instanceof Mall m ? Optional.of(m.id()) : Optional.empty();
  }

  default Optional<String> partnerCode() {
    return this instanceof Partner p ? Optional.of(p.code()) : Optional.empty();
  }
}
