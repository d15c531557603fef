package com.atrium.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One side of a journal entry: points to or from one account (never zero). */
@Entity
@Table(name = "journal_line")
public class JournalLine {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "entry_id", updatable = false)
  private JournalEntry entry;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(nullable = false, updatable = false)
  private long points;

  protected JournalLine() {}

  JournalLine(JournalEntry entry, long accountId, long points) {
    if (points == 0) {
      throw new IllegalArgumentException("a journal line moves at least one point");
    }
    this.entry = entry;
    this.accountId = accountId;
    this.points = points;
  }

  public Long id() {
    return id;
  }

  public Long accountId() {
    return accountId;
  }

  public long points() {
    return points;
  }
}
