package com.atrium.security;

/** The role names, as used in {@code @RolesAllowed} and stored in {@code app_user_role}. */
public final class Roles {
  public static final String OPERATOR_ADMIN = "OPERATOR_ADMIN";
  public static final String OPERATOR_MARKETING = "OPERATOR_MARKETING";
  public static final String OPERATOR_FINANCE = "OPERATOR_FINANCE";
  public static final String OPERATOR_SERVICE = "OPERATOR_SERVICE";

  /** Staff of one tenant store; every call is scoped to that tenant. */
  public static final String MERCHANT_ASSISTANT = "MERCHANT_ASSISTANT";

  /**
   * A tenant's manager: reads its own tenant's clearing statements and disputes them; bound to that
   * tenant like the assistant, and like it sees no other tenant's data.
   */
  public static final String MERCHANT_MANAGER = "MERCHANT_MANAGER";

  /** A tenant's POS system, authenticated by a signed request; scoped to its tenant. */
  public static final String POS = "POS";

  /** A mall's car park system, by signed request; scoped to its mall. */
  public static final String CAR_PARK = "CAR_PARK";

  /** A mall's WiFi controller, by signed request; scoped to its mall. */
  public static final String WIFI_CONTROLLER = "WIFI_CONTROLLER";

  /** An outside partner's system, by signed request; scoped to that partner. */
  public static final String PARTNER = "PARTNER";

  public static final String[] OPERATORS = {
    OPERATOR_ADMIN, OPERATOR_MARKETING, OPERATOR_FINANCE, OPERATOR_SERVICE
  };

  /** Roles a login is bound to one tenant by; a login with one of them holds no other role. */
  public static final String[] TENANT_BOUND = {MERCHANT_ASSISTANT, MERCHANT_MANAGER};

  /** Every role a person's login may hold (the machines' roles are not granted to people). */
  public static final String[] PEOPLE = {
    OPERATOR_ADMIN,
    OPERATOR_MARKETING,
    OPERATOR_FINANCE,
    OPERATOR_SERVICE,
    MERCHANT_ASSISTANT,
    MERCHANT_MANAGER
  };

  private Roles() {}
}
