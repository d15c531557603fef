package com.atrium.ledger;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** The figures of {@link LedgerReadings}: records, never entities. */
public final class LedgerFigures {

  private LedgerFigures() {}

  /**
   * The lines on one account from the entries of one kind booked in the period: {@code points} is
   * their sum (positive: points came into the account), {@code lines} how many there are.
   */
  public record AccountSum(AccountRef account, EntryKind entryKind, long points, long lines) {}

  /** As {@link AccountSum}, over every account of one kind. */
  public record KindSum(AccountKind accountKind, EntryKind entryKind, long points, long lines) {}

  /**
   * Points put into lots funded by {@code issuer} by the entries of one kind booked in the period:
   * the sum of the lots' {@code points_earned}. {@code EARN} and {@code GRANT} are points issued; a
   * {@code REVERSAL} lot holds points of a cancelled debit whose own lot had expired, given back to
   * the same issuer (issued once already, not again).
   */
  public record Issued(AccountRef issuer, EntryKind entryKind, long points, long lots) {}

  /**
   * Points of {@code issuer}'s lots that the entries of one kind booked in the period took out
   * (positive) or gave back (negative), by the account on the other side of the entry: the redeemer
   * for a {@code REDEEM}, breakage for an {@code EXPIRE}, the issuer itself for a credit's
   * reversal, the redeemer again (negative) for a debit's reversal.
   */
  public record Consumed(
      AccountRef issuer, AccountRef counterpart, EntryKind entryKind, long points) {}

  /** Points of {@code issuer}'s lots that expired into breakage by entries booked in the period. */
  public record Expired(AccountRef issuer, long points) {}

  /**
   * One journal entry's share of a figure: the entries behind a figure, listed page by page, sum to
   * it exactly.
   */
  public record EntryShare(
      long entryId,
      EntryKind kind,
      Instant bookedAt,
      Instant occurredAt,
      Long reversesEntryId,
      long points) {}

  /**
   * The points left in open lots funded by {@code issuer} whose expiry falls in {@code expiryMonth}
   * (in the zone asked for), and how many lots hold them. Lots past their expiry that the expiry
   * job has not taken yet are still open: they count in their (past) expiry month.
   */
  public record Outstanding(AccountRef issuer, YearMonth expiryMonth, long points, long lots) {}

  /**
   * What became of {@code issuer}'s lots by entries booked in {@code month} (in the zone asked
   * for): {@code redeemed} points spent (a {@code REDEEM}'s consumption, less what the
   * cancellations of redemptions gave back, into the old lots or into new ones), {@code expired}
   * points that went to breakage. Points taken back by a refund are neither.
   */
  public record Settled(AccountRef issuer, YearMonth month, long redeemed, long expired) {}

  /**
   * A journal entry as a reversal names it: its id, kind, when it was booked and its description
   * (the business reference the ledger was given: "Sale R-001", "Points as cash P-7", ...).
   */
  public record Original(long entryId, EntryKind kind, Instant bookedAt, String description) {}

  /**
   * As {@link AccountSum}, in one {@code stretch} of a period cut at given instants (0: from the
   * period's start), split off per {@code original} for the reversals of entries booked before a
   * given instant (a late reversal: its original sits in an earlier period); {@code original} is
   * null for every other line. {@code entries} is how many entries are behind the sum (an entry has
   * at most one line per account) and {@code firstEntryId}..{@code lastEntryId} their id span.
   */
  public record TracedSum(
      AccountRef account,
      EntryKind entryKind,
      Original original,
      int stretch,
      long points,
      long entries,
      long firstEntryId,
      long lastEntryId) {}

  /**
   * As {@link Expired}, in one {@code stretch} of a period (as {@link TracedSum}), with how many
   * {@code EXPIRE} entries are behind it and their id span.
   */
  public record TracedExpiry(
      AccountRef issuer,
      int stretch,
      long points,
      long entries,
      long firstEntryId,
      long lastEntryId) {}

  /**
   * Which reversals a drill-down keeps, by when their original was booked: all of them, those of
   * originals booked at or after {@code originalsBefore} (on time), those before it (late), or only
   * those of one {@code original} entry.
   */
  public enum ReversalFilter {
    ALL,
    ON_TIME,
    LATE,
    OF_ORIGINAL
  }

  /**
   * What a drill-down lists: the entries of {@code entryKinds} booked in {@code period} with a line
   * on an account of {@code accountKinds} of one of {@code tenantIds}, ids from {@code
   * firstEntryId} to {@code lastEntryId}; reversals filtered by {@code reversals} against {@code
   * originalsBefore} or {@code original}; each entry's points are its line's, negated when {@code
   * negate} (an entry with lines on two of the accounts is listed once per line).
   */
  public record EntryTrace(
      BookedPeriod period,
      Set<AccountKind> accountKinds,
      Set<Long> tenantIds,
      Set<EntryKind> entryKinds,
      long firstEntryId,
      long lastEntryId,
      ReversalFilter reversals,
      Instant originalsBefore,
      Long original,
      boolean negate) {
    public EntryTrace {
      accountKinds = Set.copyOf(accountKinds);
      tenantIds = Set.copyOf(tenantIds);
      entryKinds = Set.copyOf(entryKinds);
      if (accountKinds.isEmpty() || tenantIds.isEmpty() || entryKinds.isEmpty()) {
        throw new IllegalArgumentException("a trace names accounts, tenants and entry kinds");
      }
      if ((reversals == ReversalFilter.ON_TIME || reversals == ReversalFilter.LATE)
              && originalsBefore == null
          || reversals == ReversalFilter.OF_ORIGINAL && original == null) {
        throw new IllegalArgumentException("a reversal filter needs its instant or original");
      }
    }
  }

  /**
   * One journal entry behind a traced figure: when it was booked and happened, its member, its
   * description (the business reference), the entry it reverses, and its {@code points} on the
   * figure's side.
   */
  public record TracedEntry(
      long entryId,
      EntryKind kind,
      Instant bookedAt,
      Instant occurredAt,
      Long memberId,
      String description,
      Long reversesEntryId,
      long points) {}

  /**
   * One journal entry with its lines' accounts, for finding where it landed: the original it
   * reverses, if any, with when that was booked.
   */
  public record EntryPlacement(
      long entryId,
      EntryKind kind,
      Instant bookedAt,
      List<AccountRef> accounts,
      Original reverses) {}
}
