package com.atrium.parking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A member's separate consent to plate binding (PIPL: whereabouts are sensitive): the text version
 * agreed to, when and through whom; withdrawn once, never edited. A member holds at most one
 * consent not withdrawn, and no plate is bound without it.
 */
@Entity
@Table(name = "plate_consent")
@NamedQuery(
    name = "PlateConsent.current",
    query = "select c from PlateConsent c where c.memberId = :member and c.withdrawnAt is null")
public class PlateConsent {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "text_version", nullable = false, updatable = false)
  private String textVersion;

  @Column(name = "given_at", nullable = false, updatable = false)
  private Instant givenAt;

  @Column(name = "given_by", nullable = false, updatable = false)
  private String givenBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  @Version private long version;

  protected PlateConsent() {}

  PlateConsent(long memberId, String textVersion, Instant at, String by) {
    this.memberId = memberId;
    this.textVersion = textVersion;
    this.givenAt = at;
    this.givenBy = by;
  }

  void withdraw(Instant at, String by) {
    this.withdrawnAt = at;
    this.withdrawnBy = by;
  }

  ConsentView view() {
    return new ConsentView(textVersion, givenAt, givenBy);
  }
}
