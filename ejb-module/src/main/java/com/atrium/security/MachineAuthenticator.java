package com.atrium.security;

import com.atrium.platform.Clock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a signed machine request comes from an enabled API client: known key, timestamp
 * in the window, signature over the canonical string, and a nonce not seen before for that key. The
 * nonce is remembered only once everything else holds, so a forger cannot burn a client's nonces.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MachineAuthenticator {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject NonceStore nonces;
  @Inject Clock clock;

  /** The outcome: the key id of the authenticated client, or why it was refused. */
  public sealed interface Verdict permits Verified, Refused {}

  public record Verified(String keyId) implements Verdict {}

  public record Refused(SignedRequest.Rejection reason) implements Verdict {}

  public Verdict verify(SignedRequest request) {
    Optional<SignedRequest.Rejection> malformed = request.malformed();
    if (malformed.isPresent()) {
      return new Refused(malformed.get());
    }
    ApiClient client = em.find(ApiClient.class, request.keyId());
    if (client == null || !client.isEnabled()) {
      return new Refused(SignedRequest.Rejection.UNKNOWN_KEY);
    }
    Instant now = clock.now();
    if (!request.withinWindow(now)) {
      return new Refused(SignedRequest.Rejection.TIMESTAMP_OUT_OF_WINDOW);
    }
    if (!request.signedWith(client.secret())) {
      return new Refused(SignedRequest.Rejection.SIGNATURE_INVALID);
    }
    if (!nonces.remember(client.keyId(), request.nonce(), now)) {
      return new Refused(SignedRequest.Rejection.NONCE_REUSED);
    }
    return new Verified(client.keyId());
  }

  /** Who a POS key belongs to, for integrators checking their signing. */
  public Optional<PosIdentity> describe(String keyId) {
    List<?> rows =
        em.createNativeQuery(
                "select c.key_id, t.code, t.name from api_client c join tenant t on t.id ="
                    + " c.tenant_id where c.key_id = ?1")
            .setParameter(1, keyId)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new PosIdentity((String) r[0], (String) r[1], (String) r[2]))
        .findFirst();
  }

  public record PosIdentity(String keyId, String tenantCode, String tenantName) {}
}
