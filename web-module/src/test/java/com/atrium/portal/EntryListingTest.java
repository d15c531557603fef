package com.atrium.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The drill-down's listing: pages by the keyset, the sum of what is listed, when "more" ends. */
class EntryListingTest {

  /** An entry id and its points. */
  record Entry(long id, long points) {}

  /** 120 entries, ids 1001, 1003, ...: points 1, 2, ..., 120; remembers each keyset asked. */
  static final class Ledger implements EntryListing.Source<Entry> {
    private static final long serialVersionUID = 1L;
    final List<Long> asked = new ArrayList<>();
    final int count;

    Ledger(int count) {
      this.count = count;
    }

    @Override
    public List<Entry> after(long afterEntryId, int limit) {
      asked.add(afterEntryId);
      return LongStream.rangeClosed(1, count)
          .mapToObj(n -> new Entry(999 + 2 * n, n))
          .filter(e -> e.id() > afterEntryId)
          .limit(limit)
          .toList();
    }
  }

  @Test
  void pagesByTheLastIdListedUntilTheLineIsListedAndSumsWhatItLists() {
    Ledger ledger = new Ledger(120);
    EntryListing<Entry> listing = new EntryListing<>(ledger, Entry::id, Entry::points, 120L);
    assertThat(listing.getListedCount()).isEqualTo(50);
    assertThat(listing.getListedPoints()).isEqualTo(50 * 51 / 2);
    assertThat(listing.isMore()).isTrue();
    listing.more();
    listing.more();
    assertThat(ledger.asked).containsExactly(0L, 1099L, 1199L);
    assertThat(listing.getListedCount()).isEqualTo(120);
    assertThat(listing.getListedPoints()).isEqualTo(120 * 121 / 2);
    assertThat(listing.isMore()).isFalse();
    listing.more();
    assertThat(ledger.asked).hasSize(3);
  }

  @Test
  void aFullLastPageEndsTheListingWhenTheCountIsKnownAndOneMorePageWhenNot() {
    Ledger known = new Ledger(100);
    EntryListing<Entry> counted = new EntryListing<>(known, Entry::id, Entry::points, 100L);
    counted.more();
    assertThat(counted.isMore()).isFalse();
    assertThat(known.asked).hasSize(2);

    Ledger unknown = new Ledger(100);
    EntryListing<Entry> uncounted = new EntryListing<>(unknown, Entry::id, Entry::points, null);
    uncounted.more();
    assertThat(uncounted.isMore()).isTrue();
    uncounted.more();
    assertThat(uncounted.isMore()).isFalse();
    assertThat(uncounted.getListedCount()).isEqualTo(100);
    assertThat(uncounted.getListedPoints()).isEqualTo(5050);
    assertThat(uncounted.getTotal()).isNull();
  }
}
