package com.atrium.portal.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.platform.Page;
import com.atrium.platform.Sort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** What a table's click turns into: only a column that sorts, by its key, else the list's order. */
class ListTableTest {

  final ListTable<String> table =
      new ListTable<>(
          "form:table",
          "file",
          s -> s,
          List.of(
              ListColumn.sorted("name", "h.name", s -> s),
              ListColumn.plain("balance", "h.balance", String::length)),
          (sort, offset, limit) -> new Page<>(List.of("a", "b"), offset, limit, 2));

  @Test
  void aSortableColumnIsAskedForByItsKey() {
    assertThat(table.sortOf(Map.of("name", meta("name", SortOrder.DESCENDING))))
        .isEqualTo(Sort.descending("name"));
    assertThat(table.sortOf(Map.of("name", meta("name", SortOrder.ASCENDING))))
        .isEqualTo(Sort.ascending("name"));
  }

  @Test
  void anythingElseIsTheListsOwnOrder() {
    assertThat(table.sortOf(null)).isEqualTo(Sort.NONE);
    assertThat(table.sortOf(Map.of())).isEqualTo(Sort.NONE);
    assertThat(table.sortOf(Map.of("balance", meta("balance", SortOrder.ASCENDING))))
        .isEqualTo(Sort.NONE);
    assertThat(table.sortOf(Map.of("x", meta("name; drop table member", SortOrder.ASCENDING))))
        .isEqualTo(Sort.NONE);
    assertThat(table.sortOf(Map.of("name", meta("name", SortOrder.UNSORTED)))).isEqualTo(Sort.NONE);
  }

  @Test
  void thePageShowsWhatTheExportWrites() {
    assertThat(table.text("abc", "balance")).isEqualTo("3");
    assertThat(table.text("abc", "name")).isEqualTo("abc");
  }

  private static SortMeta meta(String field, SortOrder order) {
    return SortMeta.builder().field(field).order(order).build();
  }
}
