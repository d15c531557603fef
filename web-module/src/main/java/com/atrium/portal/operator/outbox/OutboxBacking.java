package com.atrium.portal.operator.outbox;

import com.atrium.notification.Outbox;
import com.atrium.notification.OutboxEntry;
import com.atrium.notification.OutboxStatus;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * {@code operator/outbox.xhtml} (administrators): the messages the outbox queued, newest first, a
 * page of {@link #PAGE} at a time, with their delivery; where the quick start's one-time codes are
 * read while no SMS gateway is configured.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @EJB Outbox outbox;
  @Inject MallConfiguration mall;

  private OutboxStatus status;
  private int offset;
  private List<OutboxEntry> entries;

  public List<OutboxEntry> getEntries() {
    if (entries == null) {
      // one more than a page tells whether there is a next one
      entries = outbox.recent(status, offset, PAGE + 1);
    }
    return entries.size() > PAGE ? entries.subList(0, PAGE) : entries;
  }

  public boolean isMore() {
    getEntries();
    return entries.size() > PAGE;
  }

  public boolean isFirstPage() {
    return offset == 0;
  }

  public void next() {
    if (isMore()) {
      offset += PAGE;
      entries = null;
    }
  }

  public void previous() {
    offset = Math.max(0, offset - PAGE);
    entries = null;
  }

  public void refresh() {
    offset = 0;
    entries = null;
  }

  public OutboxStatus[] getStatuses() {
    return OutboxStatus.values();
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public void setStatus(OutboxStatus status) {
    this.status = status;
  }

  /** A message's kind in the user's language ({@code outbox.kind.<KIND>}); unknown: its code. */
  public String kind(String code) {
    String text = PortalMessages.known("outbox.kind." + code);
    return text == null ? code : text;
  }

  public String dateTime(Instant at) {
    return at == null ? "" : PortalMessages.dateTime(at, mall.zone());
  }
}
