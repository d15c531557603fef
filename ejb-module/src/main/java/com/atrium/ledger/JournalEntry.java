package com.atrium.ledger;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One balanced change of the ledger. Its lines sum to zero, it is never updated once written, and a
 * correction is a new entry that points at this one through {@code reversesEntryId}.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private EntryKind kind;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "member_id", updatable = false)
  private Long memberId;

  @Column(name = "tenant_id", updatable = false)
  private Long tenantId;

  @Column(updatable = false)
  private String description;

  @Column(name = "reverses_entry_id", updatable = false)
  private Long reversesEntryId;

  @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
  private List<JournalLine> lines = new ArrayList<>();

  protected JournalEntry() {}

  private JournalEntry(
      EntryKind kind,
      Instant occurredAt,
      Instant recordedAt,
      Long memberId,
      Long tenantId,
      String description) {
    this.kind = kind;
    this.occurredAt = occurredAt;
    this.recordedAt = recordedAt;
    this.memberId = memberId;
    this.tenantId = tenantId;
    this.description = description;
  }

  /** A two-line entry moving {@code points} from one account to another. */
  static JournalEntry transfer(
      EntryKind kind,
      Instant occurredAt,
      Instant recordedAt,
      Long memberId,
      Long tenantId,
      String description,
      long fromAccount,
      long toAccount,
      long points) {
    if (points <= 0) {
      throw new IllegalArgumentException("a transfer moves a positive number of points");
    }
    JournalEntry e =
        new JournalEntry(kind, occurredAt, recordedAt, memberId, tenantId, description);
    e.lines.add(new JournalLine(e, fromAccount, -points));
    e.lines.add(new JournalLine(e, toAccount, points));
    return e;
  }

  /**
   * An entry that moves points from several accounts into one: a sale credit funded partly by the
   * tenant and partly by the operator, or a reversal that gives each issuer back its own points.
   *
   * @param fromAccounts account id to the positive number of points it gives, in line order
   */
  static JournalEntry gather(
      EntryKind kind,
      Instant occurredAt,
      Instant recordedAt,
      Long memberId,
      Long tenantId,
      String description,
      Map<Long, Long> fromAccounts,
      long toAccount) {
    JournalEntry e =
        new JournalEntry(kind, occurredAt, recordedAt, memberId, tenantId, description);
    long total = 0;
    for (var from : fromAccounts.entrySet()) {
      if (from.getValue() <= 0 || from.getKey() == toAccount) {
        throw new IllegalArgumentException("each source gives a positive number of points");
      }
      e.lines.add(new JournalLine(e, from.getKey(), -from.getValue()));
      total += from.getValue();
    }
    if (total <= 0) {
      throw new IllegalArgumentException("an entry moves a positive number of points");
    }
    e.lines.add(new JournalLine(e, toAccount, total));
    return e;
  }

  /**
   * A two-line entry that moves {@code points} back from one account to another to cancel (part of)
   * the entry {@code original}; the original stays as it was.
   */
  static JournalEntry reversalOf(
      JournalEntry original,
      Instant recordedAt,
      String description,
      long fromAccount,
      long toAccount,
      long points) {
    JournalEntry e =
        transfer(
            EntryKind.REVERSAL,
            recordedAt,
            recordedAt,
            original.memberId,
            original.tenantId,
            description,
            fromAccount,
            toAccount,
            points);
    e.reversesEntryId = original.id;
    return e;
  }

  /** An entry that gathers points back from one account to several, cancelling {@code original}. */
  static JournalEntry reversalSpread(
      JournalEntry original,
      Instant recordedAt,
      String description,
      long fromAccount,
      Map<Long, Long> toAccounts) {
    JournalEntry e =
        new JournalEntry(
            EntryKind.REVERSAL,
            recordedAt,
            recordedAt,
            original.memberId,
            original.tenantId,
            description);
    long total = 0;
    for (var to : toAccounts.entrySet()) {
      if (to.getValue() <= 0) {
        throw new IllegalArgumentException("each target takes a positive number of points");
      }
      e.lines.add(new JournalLine(e, to.getKey(), to.getValue()));
      total += to.getValue();
    }
    e.lines.add(0, new JournalLine(e, fromAccount, -total));
    e.reversesEntryId = original.id;
    return e;
  }

  /** Zero for every entry ever written; checked again by the ledger check. */
  public long sum() {
    return lines.stream().mapToLong(JournalLine::points).sum();
  }

  public Long id() {
    return id;
  }

  public EntryKind kind() {
    return kind;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Long memberId() {
    return memberId;
  }

  public Long tenantId() {
    return tenantId;
  }

  public String description() {
    return description;
  }

  public Long reversesEntryId() {
    return reversesEntryId;
  }

  public List<JournalLine> lines() {
    return List.copyOf(lines);
  }
}
