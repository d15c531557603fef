package com.atrium.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited action; immutable once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(name = "subject_id", updatable = false)
  private String subjectId;

  @Column(name = "before_state", updatable = false)
  private String beforeState;

  @Column(name = "after_state", updatable = false)
  private String afterState;

  protected AuditEvent() {}

  AuditEvent(
      Instant at,
      String actor,
      String action,
      String subject,
      String subjectId,
      String beforeState,
      String afterState) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.subject = subject;
    this.subjectId = subjectId;
    this.beforeState = truncate(beforeState);
    this.afterState = truncate(afterState);
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 4000 ? s : s.substring(0, 3997) + "...";
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public String subjectId() {
    return subjectId;
  }

  public String beforeState() {
    return beforeState;
  }

  public String afterState() {
    return afterState;
  }
}
