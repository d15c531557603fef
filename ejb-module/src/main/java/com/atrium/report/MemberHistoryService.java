package com.atrium.report;

import com.atrium.earning.SaleExplanations;
import com.atrium.ledger.LedgerQueries;
import com.atrium.ledger.MemberStatement;
import com.atrium.ledger.StatementLine;
import com.atrium.platform.Page;
import com.atrium.tenant.TenantService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A member's history as staff read it: the ledger's lines (scoped to the caller's tenant by the
 * ledger) with each line's tenant name and the earning explanation of the sale behind a credit. One
 * page costs three queries, one per context, whatever its length.
 */
@Stateless
public class MemberHistoryService {

  @EJB LedgerQueries ledger;
  @EJB TenantService tenants;
  @EJB SaleExplanations sales;

  public MemberHistory of(long memberId, int limit) {
    MemberStatement statement = ledger.statementOf(memberId, limit);
    return new MemberHistory(statement.balance(), rows(statement.lines()));
  }

  public Page<HistoryRow> page(long memberId, int offset, int limit) {
    Page<StatementLine> lines = ledger.statementPage(memberId, offset, limit);
    return new Page<>(rows(lines.rows()), lines.offset(), lines.limit(), lines.total());
  }

  private List<HistoryRow> rows(List<StatementLine> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    Map<Long, String> names =
        tenants.namesOf(
            lines.stream().map(StatementLine::tenantId).filter(Objects::nonNull).toList());
    Map<Long, String> explanations =
        sales.ofEntries(lines.stream().map(StatementLine::entryId).toList());
    return lines.stream()
        .map(
            l ->
                new HistoryRow(
                    l.occurredAt(),
                    l.kind(),
                    l.tenantId() == null ? null : names.get(l.tenantId()),
                    l.description(),
                    l.points(),
                    l.runningBalance(),
                    l.entryId(),
                    explanations.get(l.entryId())))
        .toList();
  }
}
