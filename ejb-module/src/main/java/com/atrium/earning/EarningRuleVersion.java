package com.atrium.earning;

import com.atrium.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One published version of the earning rules, the window it is in force and its scope: the group
 * (every mall without rules of its own) or one mall. Never changed once written: an edit publishes
 * a new version, and where windows of one scope overlap the higher version wins.
 */
@Entity
@Table(name = "earning_rule_set")
@NamedQuery(
    name = "EarningRuleVersion.groupInForceAt",
    query =
        "select r from EarningRuleVersion r where r.mallId is null and r.effectiveFrom <= :at"
            + " and (r.effectiveTo is null or r.effectiveTo > :at) order by r.version desc")
@NamedQuery(
    name = "EarningRuleVersion.mallInForceAt",
    query =
        "select r from EarningRuleVersion r where r.mallId = :mall and r.effectiveFrom <= :at"
            + " and (r.effectiveTo is null or r.effectiveTo > :at) order by r.version desc")
@NamedQuery(
    name = "EarningRuleVersion.forMallAt",
    query =
        "select r from EarningRuleVersion r where (r.mallId = :mall or r.mallId is null)"
            + " and r.effectiveFrom <= :at and (r.effectiveTo is null or r.effectiveTo > :at)"
            + " order by r.version desc")
@NamedQuery(
    name = "EarningRuleVersion.all",
    query = "select r from EarningRuleVersion r order by r.version desc")
@NamedQuery(
    name = "EarningRuleVersion.visibleToMall",
    query =
        "select r from EarningRuleVersion r where r.mallId is null or r.mallId = :mall"
            + " order by r.version desc")
@NamedQuery(
    name = "EarningRuleVersion.latestNumber",
    query = "select coalesce(max(r.version), 0) from EarningRuleVersion r")
@NamedQuery(
    name = "EarningRuleVersion.byNumber",
    query = "select r from EarningRuleVersion r where r.version = :version")
public class EarningRuleVersion {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private int version;

  /** Null for the group's rules. */
  @Column(name = "mall_id", updatable = false)
  private Long mallId;

  @Column(name = "effective_from", nullable = false, updatable = false)
  private Instant effectiveFrom;

  @Column(name = "effective_to", updatable = false)
  private Instant effectiveTo;

  @Column(nullable = false, updatable = false)
  private String rules;

  @Column(updatable = false)
  private String note;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected EarningRuleVersion() {}

  EarningRuleVersion(
      int version,
      RuleScope scope,
      Instant effectiveFrom,
      Instant effectiveTo,
      EarningRuleSet rules,
      String note,
      String createdBy,
      Instant createdAt) {
    if (effectiveTo != null
        && (!effectiveTo.isAfter(effectiveFrom) || effectiveTo.isAfter(Campaign.LATEST))) {
      throw DomainException.invalid(
          "EFFECTIVE_TO_INVALID",
          "effectiveTo",
          "A version ends after it starts, before the year 10000");
    }
    if (note != null && note.length() > 200) {
      throw DomainException.invalid("NOTE_INVALID", "note", "A note is at most 200 characters");
    }
    this.version = version;
    this.mallId = scope.mallId();
    this.effectiveFrom = effectiveFrom;
    this.effectiveTo = effectiveTo;
    this.rules = rules.toJson();
    this.note = note;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public boolean inForceAt(Instant at) {
    return !at.isBefore(effectiveFrom) && (effectiveTo == null || at.isBefore(effectiveTo));
  }

  public Long id() {
    return id;
  }

  public int version() {
    return version;
  }

  public RuleScope scope() {
    return mallId == null ? RuleScope.GROUP : RuleScope.mall(mallId);
  }

  public Instant effectiveFrom() {
    return effectiveFrom;
  }

  public Instant effectiveTo() {
    return effectiveTo;
  }

  public EarningRuleSet rules() {
    return EarningRuleSet.fromJson(rules);
  }

  public String rulesJson() {
    return rules;
  }

  public String note() {
    return note;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
