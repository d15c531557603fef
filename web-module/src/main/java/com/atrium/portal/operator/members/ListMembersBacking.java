package com.atrium.portal.operator.members;

import com.atrium.member.MemberFilter;
import com.atrium.member.MemberService;
import com.atrium.member.MemberStatus;
import com.atrium.member.MemberView;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.lists.ListColumn;
import com.atrium.portal.lists.ListTable;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TierDefinition;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code operator/members/list.xhtml}: find members by phone (or its last 4 digits), card (or part
 * of it) or name, narrowed by tier, status and registration days (in the mall's zone, both ends
 * included); sorted and exported through the shared {@link ListTable}. Phones masked.
 */
@Named
@ViewScoped
public class ListMembersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MemberService members;
  @Inject MallConfiguration mall;

  private String query;
  private String tier;
  private MemberStatus status;
  private LocalDate from;
  private LocalDate to;
  private List<String> tiers;
  private ListTable<MemberView> table;

  @PostConstruct
  void init() {
    tiers = mall.tiers().stream().map(TierDefinition::code).toList();
    ZoneId zone = mall.zone();
    table =
        new ListTable<>(
            "members:table",
            "atrium-members",
            m -> String.valueOf(m.id()),
            List.of(
                ListColumn.sorted("card", "members.card", MemberView::cardNumber),
                ListColumn.sorted("name", "members.name", MemberView::name),
                ListColumn.plain("phone", "members.phone", MemberView::maskedPhone),
                ListColumn.sorted(
                    "tier", "members.tier", m -> PortalMessages.text("tier." + m.tier())),
                ListColumn.sorted(
                    "status",
                    "members.status",
                    m -> PortalMessages.text("memberStatus." + m.status())),
                ListColumn.sorted(
                    "registered",
                    "members.registered",
                    m -> PortalMessages.dateTime(m.registeredAt(), zone)),
                ListColumn.plain("balance", "serve.balance", MemberView::balance)),
            source(MemberFilter.query(null)));
  }

  public void search() {
    if (from != null && to != null && to.isBefore(from)) {
      PortalMessages.error("lists.periodBackwards");
      return;
    }
    ZoneId zone = mall.zone();
    Instant since = from == null ? null : from.atStartOfDay(zone).toInstant();
    Instant until = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    table.show(source(new MemberFilter(query, tier, status, since, until)));
  }

  private ListTable.Source<MemberView> source(MemberFilter filter) {
    MemberService service = members;
    return (sort, offset, limit) -> service.search(filter, sort, offset, limit);
  }

  public ListTable<MemberView> getTable() {
    return table;
  }

  public List<String> getTiers() {
    return tiers;
  }

  public MemberStatus[] getStatuses() {
    return MemberStatus.values();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }

  public MemberStatus getStatus() {
    return status;
  }

  public void setStatus(MemberStatus status) {
    this.status = status;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
