package com.atrium.wifi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The secret of the keyed hashes of phones and MACs, made once by Atrium (row {@link #ID}): the
 * hashes cannot be reversed by trying every MAC without it. It never leaves the database.
 */
@Entity
@Table(name = "wifi_hash_key")
public class WifiHashKey {

  static final long ID = 1;

  @Id private Long id;

  @Column(name = "key_value", nullable = false, updatable = false)
  private String keyValue;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected WifiHashKey() {}

  WifiHashKey(String keyValue, Instant now) {
    this.id = ID;
    this.keyValue = keyValue;
    this.createdAt = now;
  }

  String keyValue() {
    return keyValue;
  }
}
