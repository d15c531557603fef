package com.atrium.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LineKindTest {

  /** A line's kind is stored by name in clearing_line.kind, varchar(40) since V25. */
  @Test
  void everyKindFitsItsColumn() {
    assertThat(Arrays.stream(LineKind.values()).map(LineKind::name))
        .allMatch(name -> name.length() <= 40)
        .contains("LATE_CAMPAIGN_RETURNED_TO_BLOCK");
  }
}
