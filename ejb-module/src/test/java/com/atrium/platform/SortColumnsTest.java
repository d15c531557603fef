package com.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SortColumnsTest {

  private final SortColumns columns =
      SortColumns.of("m.id desc", "m.id desc", "name", "m.name", "registered", "m.registeredAt");

  @Test
  void aWhitelistedKeyOrdersByItsExpressionThenTheTieBreak() {
    assertThat(columns.orderBy(Sort.ascending("name")))
        .isEqualTo(" order by m.name asc, m.id desc");
    assertThat(columns.orderBy(Sort.descending("registered")))
        .isEqualTo(" order by m.registeredAt desc, m.id desc");
  }

  @Test
  void anythingElseGivesTheListsOwnOrderAndNeverReachesTheQuery() {
    for (Sort sort :
        new Sort[] {
          null,
          Sort.NONE,
          Sort.ascending("m.name"),
          Sort.ascending("name; drop table member"),
          Sort.descending("NAME"),
          Sort.ascending("")
        }) {
      assertThat(columns.orderBy(sort)).isEqualTo(" order by m.id desc");
      assertThat(columns.allows(sort)).isFalse();
    }
    assertThat(columns.keys()).containsExactlyInAnyOrder("name", "registered");
  }

  @Test
  void theListsOwnOrderKeepsTheTieBreakLast() {
    assertThat(SortColumns.of("e.at desc", "e.id desc", "actor", "e.actor").orderBy(Sort.NONE))
        .isEqualTo(" order by e.at desc, e.id desc");
  }

  @Test
  void keysComeInPairs() {
    assertThatThrownBy(() -> SortColumns.of("a", "b", "lonely"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
