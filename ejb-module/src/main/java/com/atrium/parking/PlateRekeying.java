package com.atrium.parking;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After a key rotation (docs/parking.md, "Rotating the plate keys"): re-encrypts and re-indexes
 * every bound plate still under an older plate or index key, in batches, each its own transaction.
 * Idempotent and resumable: a row already current is not selected again, and lookups try every
 * configured index key meanwhile. Runs every night at 04:30 and on demand ({@link #rekeyAll}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlateRekeying {

  private static final Logger LOG = Logger.getLogger(PlateRekeying.class.getName());

  @EJB PlateRekeyBatch batch;

  @Inject
  @ConfigProperty(name = "atrium.parking.rekey.batch-size", defaultValue = "200")
  int batchSize;

  @Schedule(hour = "4", minute = "30", persistent = false)
  void nightly() {
    int rows = rekeyAll();
    if (rows > 0) {
      LOG.info(() -> "Plate rekeying moved " + rows + " plates to the current keys");
    }
  }

  /** Moves every bound plate to the current keys; returns how many plates were rekeyed. */
  public int rekeyAll() {
    int rows = 0;
    long after = 0;
    while (true) {
      PlateRekeyBatch.Done done = batch.rekeyBatch(after, batchSize);
      if (done.rows() == 0) {
        return rows;
      }
      rows += done.rows();
      after = done.lastId();
    }
  }
}
