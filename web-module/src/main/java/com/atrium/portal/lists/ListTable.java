package com.atrium.portal.lists;

import com.atrium.platform.Page;
import com.atrium.platform.Sort;
import com.atrium.portal.PortalMessages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A portal list: a lazy table over a service's paged, sorted query, and the exports of what it
 * shows. The table never holds more than one page; the order is the column the user clicked, handed
 * to the service as a {@link Sort} (the service's whitelist turns it into SQL); an export reads the
 * same source with the same filters and order a page at a time and writes each row as it comes, up
 * to {@link #EXPORT_LIMIT} rows (more is refused with a message that says to narrow the filters).
 */
public class ListTable<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The most rows one export writes: a file bigger than this is not read by a person. */
  public static final int EXPORT_LIMIT = 100_000;

  /** One page of rows in an order. */
  public interface Source<T> extends Serializable {
    Page<T> fetch(Sort sort, int offset, int limit);
  }

  /** The row key of a row. */
  public interface Key<T> extends Function<T, String>, Serializable {}

  private final String tableId;
  private final String file;
  private final Key<T> key;
  private final List<ListColumn<T>> columns;
  private Source<T> source;
  private Sort sort = Sort.NONE;
  private transient Page<T> last;

  /**
   * {@code tableId}: the table's id from the view root ({@code "members:table"}), to go back to its
   * first page when the filters change; {@code file}: the export's file name without extension.
   */
  public ListTable(
      String tableId, String file, Key<T> key, List<ListColumn<T>> columns, Source<T> source) {
    this.tableId = tableId;
    this.file = file;
    this.key = key;
    this.columns = List.copyOf(columns);
    this.source = source;
  }

  /** Shows the rows of another source (new filters), from the first page, in the same order. */
  public void show(Source<T> rows) {
    this.source = rows;
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot() != null) {
      UIComponent table = faces.getViewRoot().findComponent(tableId);
      if (table instanceof DataTable dt) {
        dt.setFirst(0);
      }
    }
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, source.fetch(sort, 0, 1).total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    sort = sortOf(sortBy);
    last = source.fetch(sort, first, Page.clampLimit(pageSize));
    return last.rows();
  }

  /** The first column the table sorts by, if it is one of ours that sorts; else none. */
  Sort sortOf(Map<String, SortMeta> sortBy) {
    if (sortBy != null) {
      for (SortMeta meta : sortBy.values()) {
        if (meta.getOrder() == null || meta.getOrder() == SortOrder.UNSORTED) {
          continue;
        }
        String field = meta.getField();
        boolean ours = columns.stream().anyMatch(c -> c.sortable() && c.key().equals(field));
        if (ours) {
          return new Sort(field, meta.getOrder() == SortOrder.ASCENDING);
        }
      }
    }
    return Sort.NONE;
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  @Override
  public T getRowData(String rowKey) {
    return last == null
        ? null
        : last.rows().stream().filter(r -> key.apply(r).equals(rowKey)).findFirst().orElse(null);
  }

  /** What the page shows in column {@code column} for {@code row}: the export writes the same. */
  public String text(T row, String column) {
    return columns.stream()
        .filter(c -> c.key().equals(column))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no column " + column))
        .text(row);
  }

  public Sort getSort() {
    return sort;
  }

  public List<ListColumn<T>> getColumns() {
    return columns;
  }

  public void exportCsv() {
    export(TableFile.Format.CSV);
  }

  public void exportXlsx() {
    export(TableFile.Format.XLSX);
  }

  /**
   * Streams what the table shows to the response: the headers in the user's language, then every
   * row of every page in the table's order, read {@link Page#MAX_LIMIT} at a time.
   */
  private void export(TableFile.Format format) {
    FacesContext faces = FacesContext.getCurrentInstance();
    long total = source.fetch(sort, 0, 1).total();
    if (total > EXPORT_LIMIT) {
      PortalMessages.error("lists.exportTooMany", total, EXPORT_LIMIT);
      return;
    }
    List<String> headers = columns.stream().map(c -> PortalMessages.text(c.header())).toList();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(format.contentType);
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + file + "." + format.extension + "\"");
    try (TableFile.Sheet sheet =
        TableFile.open(format, external.getResponseOutputStream(), file, headers)) {
      int offset = 0;
      while (offset < total) {
        Page<T> page = source.fetch(sort, offset, Page.MAX_LIMIT);
        for (T row : page.rows()) {
          List<Object> cells = new ArrayList<>(columns.size());
          for (ListColumn<T> c : columns) {
            cells.add(c.value(row));
          }
          sheet.row(cells);
        }
        if (page.rows().isEmpty()) {
          break;
        }
        offset += page.rows().size();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
