package com.atrium.architecture;

import java.util.List;

/** The bounded contexts of ejb-module, bottom first: each may depend only on those before it. */
final class Layers {

  static final List<String> ORDER =
      List.of(
          "platform",
          "audit",
          "security",
          "tenant",
          "ledger",
          "member",
          "earning",
          "tier",
          "redemption",
          "notification",
          "partner",
          "parking",
          "wifi",
          "care",
          "clearing",
          "report");

  private Layers() {}
}
