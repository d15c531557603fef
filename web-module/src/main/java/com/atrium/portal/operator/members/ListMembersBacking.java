package com.atrium.portal.operator.members;

import com.atrium.member.MemberService;
import com.atrium.member.MemberView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code operator/members/list.xhtml}: find members by phone, card or name; phones masked. */
@Named
@ViewScoped
public class ListMembersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MemberService members;

  private String query;
  private PagedModel<MemberView> model;

  @PostConstruct
  void init() {
    model = source();
  }

  public void search() {
    model = source();
  }

  private PagedModel<MemberView> source() {
    String q = query;
    MemberService service = members;
    return new PagedModel<>(
        (offset, limit) -> service.search(q, offset, limit), m -> String.valueOf(m.id()));
  }

  public PagedModel<MemberView> getModel() {
    return model;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
