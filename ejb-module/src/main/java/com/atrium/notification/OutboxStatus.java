package com.atrium.notification;

/** Where a message is: waiting for (another) attempt, delivered, or given up on. */
public enum OutboxStatus {
  PENDING,
  SENT,
  FAILED
}
