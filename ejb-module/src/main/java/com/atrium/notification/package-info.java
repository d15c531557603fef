/**
 * The notification outbox: messages to members (and notices to staff phones) are written to {@code
 * notification_outbox} in the transaction that decides them (exactly once per business key), and
 * sent later through a pluggable {@link com.atrium.notification.NotificationChannel} with retries
 * and backoff. Owns the message templates (zh/en) and the expiry reminders. Reads the ledger only
 * through {@link com.atrium.ledger.LedgerQueries}; never logs a full phone number.
 */
package com.atrium.notification;
