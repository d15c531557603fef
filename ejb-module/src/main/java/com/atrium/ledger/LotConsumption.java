package com.atrium.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Points one journal entry took from one lot (positive: a debit, an expiry, a credit reversed) or
 * gave back to it (negative: a debit reversed). Written once, never changed. A lot's remaining
 * points are always its earned points minus the sum of its consumptions; joining a debit's
 * consumptions to their lots names the issuers of every point it spent.
 */
@Entity
@Table(name = "lot_consumption")
@NamedQuery(
    name = "LotConsumption.ofEntry",
    query = "select c from LotConsumption c where c.entryId = :entry order by c.id")
public class LotConsumption {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "entry_id", nullable = false, updatable = false)
  private Long entryId;

  @Column(name = "lot_id", nullable = false, updatable = false)
  private Long lotId;

  @Column(nullable = false, updatable = false)
  private long points;

  protected LotConsumption() {}

  LotConsumption(long entryId, long lotId, long points) {
    if (points == 0) {
      throw new IllegalArgumentException("a consumption moves at least one point");
    }
    this.entryId = entryId;
    this.lotId = lotId;
    this.points = points;
  }

  public Long id() {
    return id;
  }

  public Long entryId() {
    return entryId;
  }

  public Long lotId() {
    return lotId;
  }

  public long points() {
    return points;
  }
}
