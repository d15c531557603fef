package com.atrium.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * One link-code request a partner made, counted against {@link LinkCodeLimit}. The phone is kept
 * only as {@link #phoneKey}: a digest over the partner, the business day and the phone, enough to
 * count one phone's requests within that day and no more; rows older than yesterday are deleted.
 */
@Entity
@Table(name = "partner_link_request")
@NamedQuery(
    name = "LinkRequest.byReference",
    query =
        "select count(r) from LinkRequest r where r.partnerId = :partner and r.businessDay = :day"
            + " and r.memberRef = :ref")
@NamedQuery(
    name = "LinkRequest.byPhone",
    query =
        "select count(r) from LinkRequest r where r.partnerId = :partner and r.businessDay = :day"
            + " and r.phoneKey = :phone")
@NamedQuery(
    name = "LinkRequest.purgeBefore",
    query = "delete from LinkRequest r where r.businessDay < :day")
public class LinkRequest {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private long partnerId;

  @Column(name = "member_ref", nullable = false, updatable = false)
  private String memberRef;

  @Column(name = "phone_key", nullable = false, updatable = false)
  private String phoneKey;

  @Column(name = "business_day", nullable = false, updatable = false)
  private LocalDate businessDay;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  protected LinkRequest() {}

  LinkRequest(long partnerId, String memberRef, String phoneKey, LocalDate day, Instant at) {
    this.partnerId = partnerId;
    this.memberRef = memberRef;
    this.phoneKey = phoneKey;
    this.businessDay = day;
    this.requestedAt = at;
  }

  /** The phone's key within one partner's business day. */
  static String phoneKey(long partnerId, LocalDate day, String phoneDigits) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  ("partner-link|" + partnerId + "|" + day + "|" + phoneDigits)
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
