package com.atrium.parking;

import com.atrium.platform.ExactlyOnce;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The one entry point of a car park's calls: the mall is the signing key's, never a request's, so a
 * car park sees only its own mall's sessions. Writes run through {@link ExactlyOnce} (a replay by
 * session id answers the original; another body under it is 409), each one transaction of {@link
 * ParkingBook}.
 */
@Stateless
@RolesAllowed(Roles.CAR_PARK)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CarPark {

  @EJB ParkingBook book;
  @Inject CurrentCaller caller;

  public EntryReceipt enter(String sessionId, String plate, java.time.Instant enteredAt) {
    long mall = caller.requireMallId();
    return ExactlyOnce.run(attempt -> book.enter(mall, sessionId, plate, enteredAt));
  }

  public Quote quote(ParkingBook.Exit exit) {
    return book.quote(caller.requireMallId(), exit);
  }

  public ParkingSettlement.Receipt settle(
      ParkingBook.Exit exit, int appliedMinutes, long appliedFen, long points) {
    long mall = caller.requireMallId();
    return ExactlyOnce.run(attempt -> book.settle(mall, exit, appliedMinutes, appliedFen, points));
  }

  public ParkingSettlement.Receipt release(String sessionId) {
    long mall = caller.requireMallId();
    return ExactlyOnce.run(attempt -> book.release(mall, sessionId));
  }
}
