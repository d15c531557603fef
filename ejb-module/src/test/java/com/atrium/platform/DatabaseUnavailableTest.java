package com.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseUnavailableTest {

  @Test
  void aRefusedConnectionWrappedByThePoolJpaAndTheContainerIsRecognised() {
    // the shape Payara gives when PostgreSQL refuses: driver -> pool -> EclipseLink -> EJB
    var refused =
        new PSQLException(
            "Connection to 127.0.0.1:5432 refused",
            PSQLState.CONNECTION_UNABLE_TO_CONNECT,
            new ConnectException("Connection refused"));
    var allocation = new ResourceAllocationException("Error in allocating a connection", refused);
    var pool = new SQLException("Error in allocating a connection. Cause: refused", allocation);
    var jpa = new PersistenceException("Exception [EclipseLink-4002]", pool);
    assertThat(DatabaseUnavailable.isCauseOf(new EJBException(jpa))).isTrue();
    assertThat(DatabaseUnavailable.isCauseOf(new EJBTransactionRolledbackException("tx", jpa)))
        .isTrue();
  }

  @Test
  void aConnectionThatBrokeDuringAStatementIsRecognised() {
    var broken = new PSQLException("An I/O error occurred", PSQLState.CONNECTION_FAILURE, null);
    assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(broken))).isTrue();
  }

  @Test
  void aPoolThatCouldNotAllocateAConnectionIsRecognised() {
    var exhausted =
        new ResourceAllocationException(
            "In-use connections equal max-pool-size and expired max-wait-time");
    assertThat(DatabaseUnavailable.isCauseOf(new SQLException("Error in allocating", exhausted)))
        .isTrue();
  }

  @Test
  void aServerShuttingDownOrStartingIsRecognised() {
    for (String state : new String[] {"57P01", "57P02", "57P03"}) {
      assertThat(DatabaseUnavailable.isCauseOf(new SQLException("shutdown", state))).isTrue();
    }
  }

  @Test
  void theJdbcConnectionExceptionTypesAreRecognised() {
    assertThat(DatabaseUnavailable.isCauseOf(new SQLTransientConnectionException("timeout")))
        .isTrue();
    assertThat(DatabaseUnavailable.isCauseOf(new SQLRecoverableException("IO Error"))).isTrue();
  }

  @Test
  void aCauseHeldOnlyAsCausedByExceptionOrNextExceptionIsFound() {
    var next = new SQLException("batch failed", "22000");
    next.setNextException(new SQLException("connection lost", "08006"));
    assertThat(DatabaseUnavailable.isCauseOf(next)).isTrue();
  }

  @Test
  void ordinaryFailuresAreNotUnavailability() {
    var unique = new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION, null);
    assertThat(DatabaseUnavailable.isCauseOf(new EJBException(new PersistenceException(unique))))
        .isFalse();
    assertThat(DatabaseUnavailable.isCauseOf(new SQLIntegrityConstraintViolationException("fk")))
        .isFalse();
    assertThat(DatabaseUnavailable.isCauseOf(new SQLException("syntax error", "42601"))).isFalse();
    assertThat(DatabaseUnavailable.isCauseOf(new SQLException("canceled", "57014"))).isFalse();
    assertThat(DatabaseUnavailable.isCauseOf(new SQLException("no state"))).isFalse();
    assertThat(DatabaseUnavailable.isCauseOf(new EJBException(new NullPointerException())))
        .isFalse();
    assertThat(DatabaseUnavailable.isCauseOf(DomainException.conflict("X", "refused"))).isFalse();
    assertThat(DatabaseUnavailable.isCauseOf(null)).isFalse();
  }

  @Test
  void aCycleOfCausesEnds() {
    var a = new RuntimeException("a");
    var b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(DatabaseUnavailable.isCauseOf(a)).isFalse();
  }
}
