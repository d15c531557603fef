package com.atrium.portal.operator.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.portal.operator.audit.AuditState.Change;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditStateTest {

  @Test
  void aMapStateIsReadFieldByFieldWithListsKeptWhole() {
    assertThat(
            AuditState.parse(
                "{username=mkt, roles=[OPERATOR_ADMIN, OPERATOR_FINANCE], enabled=true}"))
        .containsExactly(
            Map.entry("username", "mkt"),
            Map.entry("roles", "[OPERATOR_ADMIN, OPERATOR_FINANCE]"),
            Map.entry("enabled", "true"));
  }

  @Test
  void changesPairBeforeAndAfterAndTellWhatChanged() {
    assertThat(
            AuditState.changes(
                "{username=mkt, enabled=true, lockedUntil=null}",
                "{username=mkt, enabled=false, lockedUntil=null}"))
        .containsExactly(
            new Change("username", "mkt", "mkt"),
            new Change("enabled", "true", "false"),
            new Change("lockedUntil", "null", "null"));
    assertThat(AuditState.changes(null, "{a=1}")).containsExactly(new Change("a", null, "1"));
  }

  @Test
  void peopleSeeTheChangeOrTheOneValueThereIs() {
    assertThat(new Change("enabled", "true", "false").shown()).isEqualTo("true → false");
    assertThat(new Change("enabled", "true", "false").altered()).isTrue();
    assertThat(new Change("username", "mkt", "mkt").shown()).isEqualTo("mkt");
    assertThat(new Change("username", null, "mkt").shown()).isEqualTo("mkt");
    assertThat(new Change("username", null, "mkt").altered()).isFalse();
    assertThat(new Change("username", "mkt", null).shown()).isEqualTo("mkt");
  }

  @Test
  void textThatIsNotAMapIsShownWhole() {
    assertThat(AuditState.changes("points=5", "{broken"))
        .containsExactly(new Change("", "points=5", "{broken"));
    assertThat(AuditState.parse("{no equals here}"))
        .containsExactly(Map.entry("", "{no equals here}"));
  }
}
