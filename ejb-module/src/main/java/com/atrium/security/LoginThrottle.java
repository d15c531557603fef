package com.atrium.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A token bucket per client address for login attempts: an address holds up to {@code attempts}
 * tokens, an attempt takes one whatever the username (unknown names count too), and the bucket
 * refills evenly, completely within {@code refill}. An attempt that found the right password, or
 * that needed no password check, gives its token back, so only failed checks use the allowance. An
 * IPv6 client counts by its /64 network, the block one host usually holds.
 *
 * <p>Memory stays bounded: at most {@code maxAddresses} buckets are kept; full buckets (idle
 * addresses) are dropped first, and while the table is still full every new address shares one
 * overflow bucket. Pure and thread-safe; the caller supplies the time.
 */
public final class LoginThrottle {

  /** The bucket every address shares while the table is full. */
  static final String OVERFLOW = "*";

  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private final int attempts;
  private final long nanosPerToken;
  private final int maxAddresses;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public LoginThrottle(int attempts, Duration refill, int maxAddresses) {
    if (attempts < 1 || refill.isNegative() || refill.isZero() || maxAddresses < 1) {
      throw new IllegalArgumentException("attempts, refill and maxAddresses must be positive");
    }
    this.attempts = attempts;
    this.nanosPerToken = Math.max(1, refill.toNanos() / attempts);
    this.maxAddresses = maxAddresses;
  }

  /**
   * Takes a token for an attempt from {@code address}: empty when admitted, else how long until the
   * next token.
   */
  public Optional<Duration> take(String address, Instant now) {
    return bucketOf(key(address), now).take(now);
  }

  /** Gives back the token of an admitted attempt that did not fail a password check. */
  public void giveBack(String address, Instant now) {
    Bucket bucket = buckets.get(key(address));
    if (bucket == null) {
      bucket = buckets.get(OVERFLOW);
    }
    if (bucket != null) {
      bucket.giveBack(now);
    }
  }

  /** Addresses currently tracked (for tests and the log). */
  public int trackedAddresses() {
    return buckets.size();
  }

  private Bucket bucketOf(String key, Instant now) {
    Bucket known = buckets.get(key);
    if (known != null) {
      return known;
    }
    if (buckets.size() >= maxAddresses) {
      buckets.values().removeIf(b -> b.isFullAt(now));
      if (buckets.size() >= maxAddresses) {
        return buckets.computeIfAbsent(OVERFLOW, k -> new Bucket(now));
      }
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(now));
  }

  /**
   * The key an address counts under: an IPv4 address as is, an IPv6 address as its /64 network,
   * anything that is not an IP literal as one shared key (it cannot come from a socket).
   */
  static String key(String address) {
    if (address == null || !IP_LITERAL.matcher(address).matches()) {
      return "?";
    }
    if (address.indexOf(':') < 0) {
      return address;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no lookup
      if (bytes.length != 16) {
        return InetAddress.getByAddress(bytes).getHostAddress();
      }
      return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
    } catch (UnknownHostException e) {
      return "?";
    }
  }

  /**
   * Credit as of {@code stamp}, in nanoseconds of refill (one token is {@code nanosPerToken}), so
   * that the arithmetic is exact; refilled lazily when touched.
   */
  private final class Bucket {
    private final long full = attempts * nanosPerToken;
    private long credit = full;
    private Instant stamp;

    Bucket(Instant now) {
      this.stamp = now;
    }

    synchronized Optional<Duration> take(Instant now) {
      refill(now);
      if (credit >= nanosPerToken) {
        credit -= nanosPerToken;
        return Optional.empty();
      }
      return Optional.of(Duration.ofNanos(nanosPerToken - credit));
    }

    synchronized void giveBack(Instant now) {
      refill(now);
      credit = Math.min(full, credit + nanosPerToken);
    }

    synchronized boolean isFullAt(Instant now) {
      refill(now);
      return credit >= full;
    }

    private void refill(Instant now) {
      if (now.isAfter(stamp)) {
        long elapsed = Duration.between(stamp, now).toNanos();
        credit = elapsed >= full - credit ? full : credit + elapsed;
        stamp = now;
      }
    }
  }
}
