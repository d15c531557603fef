package com.atrium.portal.operator.members;

import com.atrium.platform.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table over a service's paged query: the table never holds more than one page. Rows are
 * keyed by {@code key}; selection is not used, so a row is looked up only in the last page.
 */
public class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** One page of rows from offset and limit. */
  public interface Source<T> extends Serializable {
    Page<T> fetch(int offset, int limit);
  }

  private final Source<T> source;
  private final SerializableKey<T> key;
  private transient Page<T> last;

  /** The row key of a row. */
  public interface SerializableKey<T> extends Function<T, String>, Serializable {}

  public PagedModel(Source<T> source, SerializableKey<T> key) {
    this.source = source;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) source.fetch(0, 1).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    last = source.fetch(first, Page.clampLimit(pageSize));
    return last.rows();
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
}
