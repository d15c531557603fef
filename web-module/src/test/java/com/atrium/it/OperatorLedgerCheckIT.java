package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operators' ledger check over REST stays closed to everyone who is not an operator. */
@ExtendWith(RunningAtrium.class)
class OperatorLedgerCheckIT {

  static final String LEDGER_CHECK = "/api/v1/operator/ledger-check";

  @Test
  void anAnonymousCallerIsRefused() {
    PosClient.Response r = PosClient.of(Fixtures.posKey()).get(LEDGER_CHECK).unsigned().send();
    assertThat(r.status()).as(r.toString()).isEqualTo(401);
    assertThat(r.body()).doesNotContain("discrepancies");
  }

  @Test
  void aPosSystemIsForbidden() {
    PosClient.Response r = PosClient.of(Fixtures.posKey()).get(LEDGER_CHECK).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(403);
    assertThat(r.body()).doesNotContain("discrepancies");
  }

  @Test
  void aFinanceOperatorWithAPortalSessionGetsTheReport() {
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    PortalClient browser = new PortalClient();
    browser.login(finance.username(), finance.password());

    PortalClient.Page answer = browser.get(LEDGER_CHECK);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.body()).contains("\"clean\":true");
  }

  @Test
  void aStoreAssistantsSessionIsForbidden() {
    Fixtures.UserRow assistant = Fixtures.assistant(Fixtures.tenant().id());
    PortalClient browser = new PortalClient();
    browser.login(assistant.username(), assistant.password());

    PortalClient.Page answer = browser.get(LEDGER_CHECK);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
    assertThat(answer.body()).doesNotContain("discrepancies");
  }
}
