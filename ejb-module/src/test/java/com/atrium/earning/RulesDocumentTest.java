package com.atrium.earning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * A rules document an operator wrote is refused part by part: RULES_INVALID naming the part at
 * fault, in words of the document, never a parser's or Java's.
 */
class RulesDocumentTest {

  static final String RULES =
      "{\"baseRate\":\"1\",\"minimumSpend\":\"0.00\",\"capPerTransaction\":5000,"
          + "\"categoryMultipliers\":{\"CINEMA\":\"1.5\"},\"tenantMultipliers\":{},"
          + "\"tierMultipliers\":{},\"birthdayMultiplier\":\"2\",\"excludedTenants\":[\"SV001\"],"
          + "\"campaigns\":[{\"code\":\"D12\",\"name\":\"n\",\"startsAt\":\"2026-11-11T00:00:00Z\","
          + "\"endsAt\":\"2026-11-12T00:00:00Z\",\"tenants\":[],\"categories\":[],"
          + "\"multiplier\":\"2\",\"bonus\":10,\"budget\":1000}]}";

  @Test
  void aStoredDocumentReadsBackAndNumbersMayBeJsonNumbers() {
    EarningRuleSet rules = EarningRuleSet.parse(RULES);
    assertThat(EarningRuleSet.parse(rules.toJson())).isEqualTo(rules);
    assertThat(EarningRuleSet.parse(RULES.replace("\"baseRate\":\"1\"", "\"baseRate\":1.5")))
        .satisfies(r -> assertThat(r.baseRate()).isEqualByComparingTo("1.5"));
  }

  @Test
  void eachPartOfTheWrongShapeIsNamed() {
    refused("x", "rules");
    refused("[]", "rules");
    refused("null", "rules");
    refused("[".repeat(5_000) + "]".repeat(5_000), "rules");
    refused(with("baseRate", "null"), "baseRate");
    refused(with("baseRate", "\"x\""), "baseRate");
    refused(with("baseRate", "[]"), "baseRate");
    refused(with("baseRate", "\"1e999999999\""), "baseRate");
    refused(with("baseRate", "1e400"), "baseRate");
    refused(with("baseRate", "\"1000.5\""), "baseRate");
    refused(with("baseRate", "\"0.00001\""), "baseRate");
    refused(with("minimumSpend", "\"0.001\""), "minimumSpend");
    refused(with("capPerTransaction", "\"5\""), "capPerTransaction");
    refused(with("capPerTransaction", "1.5"), "capPerTransaction");
    refused(with("capPerTransaction", "123456789012345678901234567890"), "capPerTransaction");
    refused(with("capPerTransaction", "100000001"), "capPerTransaction");
    refused(with("categoryMultipliers", "[]"), "categoryMultipliers");
    refused(with("categoryMultipliers", "{\"CINEMA\":true}"), "categoryMultipliers");
    refused(with("categoryMultipliers", "{\"CINEMA\":\"2000\"}"), "categoryMultipliers");
    refused(with("excludedTenants", "\"SV001\""), "excludedTenants");
    refused(with("excludedTenants", "[5]"), "excludedTenants");
    refused(with("campaigns", "{}"), "campaigns");
    refused(with("campaigns", "[5]"), "campaigns");
  }

  @Test
  void aCampaignOfTheWrongShapeIsNamedByItsPlace() {
    refused(campaign("bonus", "\"10\""), "campaigns", "Campaign 1", "bonus");
    refused(campaign("budget", "1e400"), "campaigns", "Campaign 1", "budget");
    refused(campaign("startsAt", "\"yesterday\""), "campaigns", "Campaign 1", "startsAt");
    refused(campaign("startsAt", "\"+999999999-12-31T23:59:59Z\""), "rules", "D12");
    refused(campaign("multiplier", "\"1001\""), "rules", "D12");
    refused(campaign("name", "\"" + "n".repeat(101) + "\""), "rules", "D12");
    refused(campaign("bonus", "100000001"), "rules", "D12");
  }

  static String with(String field, String json) {
    JsonObject o = Json.createReader(new StringReader(RULES)).readObject();
    return Json.createObjectBuilder(o)
        .add(field, Json.createReader(new StringReader(json)).readValue())
        .build()
        .toString();
  }

  static String campaign(String field, String json) {
    JsonObject o = Json.createReader(new StringReader(RULES)).readObject();
    JsonObject c = o.getJsonArray("campaigns").getJsonObject(0);
    var changed =
        Json.createObjectBuilder(c)
            .add(field, Json.createReader(new StringReader(json)).readValue());
    return Json.createObjectBuilder(o)
        .add("campaigns", Json.createArrayBuilder().add(changed))
        .build()
        .toString();
  }

  static void refused(String json, String field, String... inMessage) {
    assertThatThrownBy(() -> EarningRuleSet.parse(json))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("RULES_INVALID");
              assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
              assertThat(e.getMessage()).doesNotContain("Exception", "java.", "Character");
              for (String part : inMessage) {
                assertThat(e.getMessage()).contains(part);
              }
            });
  }
}
