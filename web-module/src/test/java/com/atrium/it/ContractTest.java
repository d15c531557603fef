package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The referee of {@link ApiSchemaIT} bites: wrong types, undeclared fields, unknown statuses. */
class ContractTest {

  private static final String SALE =
      "{\"saleId\":5004709,\"tenantCode\":\"FB001\",\"cardNumber\":\"880050047039\","
          + "\"receiptNumber\":\"R-OA-1\",\"amount\":88.50,\"occurredAt\":\"2026-12-02T04:40:24.384608Z\","
          + "\"points\":132,\"balance\":132,\"explanation\":[{\"points\":88,\"rule\":\"BASE_RATE\"},"
          + "{\"multiplier\":\"1.5\",\"points\":44,\"rule\":\"TENANT_MULTIPLIER\"}]}";

  private final Contract contract = new Contract();

  @Test
  void aRecordedSaleConforms() {
    assertThatCode(() -> contract.check("POST /api/v1/pos/sales", 201, "application/json", SALE))
        .doesNotThrowAnyException();
  }

  @Test
  void anInstantAsAnObjectIsRefused() {
    String wrong = SALE.replace("\"2026-12-02T04:40:24.384608Z\"", "{\"epochSecond\":1}");
    assertThatThrownBy(
            () -> contract.check("POST /api/v1/pos/sales", 201, "application/json", wrong))
        .hasMessageContaining("occurredAt");
  }

  @Test
  void aMalformedInstantIsRefused() {
    String wrong = SALE.replace("2026-12-02T04:40:24.384608Z", "yesterday");
    assertThatThrownBy(
            () -> contract.check("POST /api/v1/pos/sales", 201, "application/json", wrong))
        .hasMessageContaining("occurredAt");
  }

  @Test
  void anUndeclaredPropertyIsRefused() {
    String extra = SALE.replace("\"points\":88,", "\"points\":88,\"secret\":1,");
    assertThatThrownBy(
            () -> contract.check("POST /api/v1/pos/sales", 201, "application/json", extra))
        .hasMessageContaining("$.explanation[0].secret");
  }

  @Test
  void anUndocumentedStatusOrMediaTypeIsRefused() {
    assertThatThrownBy(() -> contract.check("POST /api/v1/pos/sales", 418, null, ""))
        .hasMessageContaining("not documented");
    assertThatThrownBy(
            () -> contract.check("POST /api/v1/pos/sales", 400, "text/html", "<html></html>"))
        .hasMessageContaining("text/html");
  }

  @Test
  void aProblemWithoutItsCodeIsRefused() {
    String problem = "{\"type\":\"urn:atrium:problem:X\",\"title\":\"Bad Request\",\"status\":400}";
    assertThatThrownBy(
            () ->
                contract.check("POST /api/v1/pos/sales", 400, "application/problem+json", problem))
        .hasMessageContaining("code");
  }
}
