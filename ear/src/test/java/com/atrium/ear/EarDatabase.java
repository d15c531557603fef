package com.atrium.ear;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** The database of the deployed EAR, for the test's own data and for reading what a call left. */
final class EarDatabase {

  private final String url;
  private final String user;
  private final String password;

  EarDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  void update(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, params)) {
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first column of the first row, or null when there is none. */
  Object value(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      return r.next() ? r.getObject(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  long longValue(String sql, Object... params) {
    return ((Number) value(sql, params)).longValue();
  }

  long nextId() {
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
