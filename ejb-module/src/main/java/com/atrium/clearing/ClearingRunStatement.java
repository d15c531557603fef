package com.atrium.clearing;

import com.atrium.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One party's statement as a run keeps it. Written once per computation and never changed: a draft
 * computed again has its statements deleted and written anew.
 */
@Entity
@Table(name = "clearing_statement")
@NamedQuery(
    name = "ClearingRunStatement.ofRun",
    query = "select s from ClearingRunStatement s where s.runId = :run order by s.ordinal")
@NamedQuery(
    name = "ClearingRunStatement.operatorNets",
    query =
        "select s.runId, s.net from ClearingRunStatement s where s.runId in :runs"
            + " and s.partyKind = com.atrium.clearing.PartyKind.OPERATOR")
@NamedQuery(
    name = "ClearingRunStatement.deleteOfRun",
    query = "delete from ClearingRunStatement s where s.runId = :run")
@NamedQuery(
    name = "ClearingRunStatement.ofTenantShown",
    query =
        "select s, r from ClearingRunStatement s, ClearingRun r where r.id = s.runId"
            + " and s.partyKind = com.atrium.clearing.PartyKind.TENANT and s.partyId = :tenant"
            + " and r.status <> com.atrium.clearing.RunStatus.DRAFT"
            + " order by r.periodStart desc, r.periodKind, s.id")
@NamedQuery(
    name = "ClearingRunStatement.countOfTenantShown",
    query =
        "select count(s) from ClearingRunStatement s, ClearingRun r where r.id = s.runId"
            + " and s.partyKind = com.atrium.clearing.PartyKind.TENANT and s.partyId = :tenant"
            + " and r.status <> com.atrium.clearing.RunStatus.DRAFT")
@NamedQuery(
    name = "ClearingRunStatement.settledBlocks",
    query =
        "select s.partyId, r.bookedTo, s.blockClosing from ClearingRunStatement s, ClearingRun r"
            + " where r.id = s.runId and r.status = :closed and r.bookedTo <= :at"
            + " and s.partyId in :tenants and s.blockClosing is not null"
            + " order by s.partyId, r.bookedTo, r.bookedFrom desc")
public class ClearingRunStatement {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "run_id", nullable = false, updatable = false)
  private long runId;

  @Column(nullable = false, updatable = false)
  private int ordinal;

  @Enumerated(EnumType.STRING)
  @Column(name = "party_kind", nullable = false, updatable = false)
  private PartyKind partyKind;

  @Column(name = "party_id", updatable = false)
  private Long partyId;

  @Column(name = "party_code", nullable = false, updatable = false)
  private String partyCode;

  @Column(nullable = false, updatable = false)
  private BigDecimal net;

  @Column(name = "line_count", nullable = false, updatable = false)
  private int lineCount;

  @Column(name = "block_opening", updatable = false)
  private Long blockOpening;

  @Column(name = "block_purchased", updatable = false)
  private Long blockPurchased;

  @Column(name = "block_drawn", updatable = false)
  private Long blockDrawn;

  @Column(name = "block_closing", updatable = false)
  private Long blockClosing;

  @Column(name = "block_overdraft", updatable = false)
  private Long blockOverdraft;

  protected ClearingRunStatement() {}

  ClearingRunStatement(
      long runId, int ordinal, PartyKind partyKind, Long partyId, Statement statement) {
    this.runId = runId;
    this.ordinal = ordinal;
    this.partyKind = partyKind;
    this.partyId = partyId;
    this.partyCode = statement.party();
    this.net = statement.net();
    this.lineCount = statement.lines().size();
    statement
        .block()
        .ifPresent(
            b -> {
              blockOpening = b.opening();
              blockPurchased = b.purchased();
              blockDrawn = b.drawn();
              blockClosing = b.closing();
              blockOverdraft = b.overdraft();
            });
  }

  Long id() {
    return id;
  }

  long runId() {
    return runId;
  }

  PartyKind partyKind() {
    return partyKind;
  }

  /** The tenant's id; null on the operator's statement. */
  Long partyId() {
    return partyId;
  }

  String partyCode() {
    return partyCode;
  }

  StoredStatement view() {
    return new StoredStatement(
        id,
        partyKind,
        partyId,
        partyCode,
        net,
        lineCount,
        blockOpening == null
            ? Optional.empty()
            : Optional.of(
                new BlockMovement(
                    blockOpening, blockPurchased, blockDrawn, blockClosing, blockOverdraft)));
  }

  /** A statement of the run; any other id is 404 {@code STATEMENT_NOT_FOUND}. */
  static ClearingRunStatement ofRun(EntityManager em, long runId, long statementId) {
    ClearingRunStatement statement = em.find(ClearingRunStatement.class, statementId);
    if (statement == null || statement.runId() != runId) {
      throw DomainException.notFound(
          "STATEMENT_NOT_FOUND", "Run " + runId + " has no statement " + statementId);
    }
    return statement;
  }
}
