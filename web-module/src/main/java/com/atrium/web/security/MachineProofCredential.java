package com.atrium.web.security;

import com.atrium.security.MachineProof;
import jakarta.security.enterprise.credential.Credential;

/**
 * A machine's proof handed to {@code SecurityContext.authenticate} by a protocol whose proof is not
 * in HTTP headers (the SOAP endpoint's WS-Security UsernameToken). {@link
 * AtriumAuthenticationMechanism} verifies it like a signed request and leaves its verdict in the
 * request attribute {@link #VERDICT}, so the caller can say why it was refused in its own protocol.
 */
public record MachineProofCredential(MachineProof proof) implements Credential {

  /** Request attribute holding the {@code MachineAuthenticator.Verdict} of the proof. */
  public static final String VERDICT = MachineProofCredential.class.getName() + ".verdict";
}
