package com.atrium.portal.operator.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.audit.AuditQuery;
import com.atrium.platform.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void businessDaysInTheMallsZoneBecomeAHalfOpenRangeOfInstants() {
    AuditQuery q =
        AuditFilter.query(
            " admin ",
            "",
            null,
            null,
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 2),
            SHANGHAI);
    assertThat(q.actor()).isEqualTo("admin");
    assertThat(q.action()).isNull();
    assertThat(q.from()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    assertThat(q.until()).isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsRefusedAtTheEndField() {
    assertThatThrownBy(
            () ->
                AuditFilter.query(
                    null,
                    null,
                    null,
                    null,
                    LocalDate.of(2026, 12, 2),
                    LocalDate.of(2026, 12, 1),
                    SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("DATE_RANGE_INVALID");
              assertThat(e.field()).isEqualTo("to");
            });
  }

  @Test
  void theExportRepeatsTheFiltersEncoded() {
    assertThat(
            AuditFilter.queryString(
                "admin", "USER_CREATED", " ", null, LocalDate.of(2026, 12, 1), null))
        .isEqualTo("actor=admin&action=USER_CREATED&from=2026-12-01");
    assertThat(AuditFilter.queryString("a&b=c", null, null, "商户", null, null))
        .isEqualTo("actor=a%26b%3Dc&subjectId=%E5%95%86%E6%88%B7");
  }
}
