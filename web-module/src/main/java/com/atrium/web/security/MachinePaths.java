package com.atrium.web.security;

import com.atrium.security.MachineKind;
import java.util.Map;

/**
 * The one API prefix each kind of machine may call. A verified key anywhere else under {@code
 * /api/} (another kind's prefix, the operators' API) is refused with 403 {@link #WRONG_KEY_KIND}.
 */
final class MachinePaths {

  /** The stable problem code of a machine calling outside its kind's prefix. */
  static final String WRONG_KEY_KIND = "WRONG_KEY_KIND";

  private static final Map<MachineKind, String> PREFIXES =
      Map.of(
          MachineKind.POS, "/api/v1/pos",
          MachineKind.CAR_PARK, "/api/v1/parking",
          MachineKind.WIFI_CONTROLLER, "/api/v1/wifi",
          MachineKind.PARTNER, "/api/v1/partner");

  private MachinePaths() {}

  static String prefixOf(MachineKind kind) {
    return PREFIXES.get(kind);
  }

  /** {@code path} is relative to the context root, e.g. {@code /api/v1/pos/sales}. */
  static boolean allows(MachineKind kind, String path) {
    String prefix = PREFIXES.get(kind);
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
