package com.atrium.security;

import java.time.Instant;
import java.util.Optional;

/**
 * What a machine presents to prove it holds one of its key's secrets, whatever the protocol: a
 * {@link SignedRequest} (REST, HMAC over the request) or a {@link UsernameToken} (SOAP, WS-Security
 * password digest). {@link MachineAuthenticator} checks either the same way: known enabled key,
 * time inside the window, proof made with an active secret, nonce never seen for that key.
 */
public sealed interface MachineProof permits SignedRequest, UsernameToken {

  String keyId();

  /** The nonce as remembered in request_nonce (at most 64 characters, unique per key). */
  String nonceKey();

  /** A missing or impossible part refuses the proof before any lookup. */
  Optional<SignedRequest.Rejection> malformed();

  /** Made within {@link RequestSignature#WINDOW_SECONDS} of {@code now}, either way. */
  boolean withinWindow(Instant now);

  /** True when the proof was made with {@code secret}. */
  boolean provenWith(String secret);
}
