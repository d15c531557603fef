package com.atrium.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One upload of a partner's daily file and how it matched; never changed. */
@Entity
@Table(name = "partner_recon_upload")
public class ReconUpload {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private long partnerId;

  @Column(name = "business_day", nullable = false, updatable = false)
  private LocalDate businessDay;

  @Column(name = "file_sha256", nullable = false, updatable = false)
  private String fileSha256;

  @Column(name = "line_count", nullable = false, updatable = false)
  private int lineCount;

  @Column(nullable = false, updatable = false)
  private int matched;

  @Column(nullable = false, updatable = false)
  private int mismatched;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  protected ReconUpload() {}

  ReconUpload(
      long partnerId,
      LocalDate businessDay,
      String fileSha256,
      int lineCount,
      int matched,
      int mismatched,
      Instant uploadedAt,
      String uploadedBy) {
    this.partnerId = partnerId;
    this.businessDay = businessDay;
    this.fileSha256 = fileSha256;
    this.lineCount = lineCount;
    this.matched = matched;
    this.mismatched = mismatched;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public long id() {
    return id;
  }
}
