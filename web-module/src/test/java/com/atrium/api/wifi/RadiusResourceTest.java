package com.atrium.api.wifi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import com.atrium.wifi.Authorised;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** rlm_rest's JSON attributes in, the Access-Accept's reply attributes out. */
class RadiusResourceTest {

  static JsonObject json(String s) {
    return Json.createReader(new StringReader(s)).readObject();
  }

  @Test
  void attributesAreReadAsRlmRestSendsThemOrPlain() {
    JsonObject a =
        json(
            "{\"User-Name\":{\"type\":\"string\",\"value\":[\"13800138000\"]},"
                + "\"Acct-Input-Octets\":{\"type\":\"integer\",\"value\":[1048576]},"
                + "\"Plain\":\"x\",\"Empty\":{\"type\":\"string\",\"value\":[]}}");
    assertThat(RadiusResource.attr(a, "User-Name")).hasValue("13800138000");
    assertThat(RadiusResource.attr(a, "Acct-Input-Octets")).hasValue("1048576");
    assertThat(RadiusResource.attr(a, "Plain")).hasValue("x");
    assertThat(RadiusResource.attr(a, "Empty")).isEmpty();
    assertThat(RadiusResource.attr(a, "Missing")).isEmpty();
    assertThatThrownBy(() -> RadiusResource.attr(json("{\"X\":[true]}"), "X"))
        .isInstanceOf(DomainException.class)
        .hasFieldOrPropertyWithValue("code", "RADIUS_ATTRIBUTE_INVALID");
  }

  @Test
  void theReplyCarriesSecondsBitsPerSecondAndTheQuotaLeftWithin32Bits() {
    JsonObject r =
        RadiusResource.reply(
            new Authorised(
                "CODE",
                "138****8000",
                "DIAMOND",
                120,
                20480,
                51200,
                5L << 30,
                5L << 30,
                false,
                null));
    assertThat(r.getJsonNumber("reply:Session-Timeout").longValue()).isEqualTo(7200);
    assertThat(r.getJsonNumber("reply:WISPr-Bandwidth-Max-Up").longValue()).isEqualTo(20_480_000);
    assertThat(r.getJsonNumber("reply:WISPr-Bandwidth-Max-Down").longValue()).isEqualTo(51_200_000);
    assertThat(r.getJsonNumber("reply:ChilliSpot-Max-Total-Octets").longValue())
        .isEqualTo(4_294_967_295L);
  }

  @Test
  void anyBodyButAnObjectIsABadRequest() {
    for (String body :
        new String[] {
          null, "", "null", "[]", "\"x\"", "{", "[".repeat(5_000) + "]".repeat(5_000)
        }) {
      assertThatThrownBy(() -> RadiusResource.attributes(body))
          .as(body == null ? "null" : body.substring(0, Math.min(20, body.length())))
          .isInstanceOf(DomainException.class)
          .hasFieldOrPropertyWithValue("code", "RADIUS_BODY_INVALID");
    }
    assertThat(RadiusResource.attributes("{\"User-Name\":\"x\"}")).containsKey("User-Name");
  }
}
