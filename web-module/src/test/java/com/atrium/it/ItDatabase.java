package com.atrium.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Plain JDBC on the database of the running Atrium, for tests that must set up or inspect rows.
 * Each call uses its own auto-committed connection. {@link Instant} parameters are bound as
 * timestamps.
 */
public final class ItDatabase {

  private final String url;
  private final String user;
  private final String password;

  ItDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Runs an insert, update or delete; returns the number of rows changed. */
  public int update(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, params)) {
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** All rows, each as column label (lower case) to value. */
  public List<Map<String, Object>> rows(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, params);
        ResultSet rs = s.executeQuery()) {
      ResultSetMetaData md = rs.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first row, if any. */
  public Optional<Map<String, Object>> row(String sql, Object... params) {
    return rows(sql, params).stream().findFirst();
  }

  /** The first column of the first row (may be null); fails when there is no row. */
  public Object value(String sql, Object... params) {
    Map<String, Object> row =
        row(sql, params).orElseThrow(() -> new IllegalStateException("No row for " + sql));
    return row.values().iterator().next();
  }

  public long longValue(String sql, Object... params) {
    return ((Number) value(sql, params)).longValue();
  }

  /** A fresh id from the shared sequence, as the application would use. */
  public long nextId() {
    return longValue("select nextval('atrium_seq')");
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      s.setObject(i + 1, p instanceof Instant t ? Timestamp.from(t) : p);
    }
    return s;
  }
}
