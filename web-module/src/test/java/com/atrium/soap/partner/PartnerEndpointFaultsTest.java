package com.atrium.soap.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.platform.DomainException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * How a failure inside the partner facade leaves the SOAP endpoint (docs/partners-soap.md,
 * "Faults"): the codes a REST caller gets as problem codes, whatever the container wrapped them in.
 */
class PartnerEndpointFaultsTest {

  @Test
  void aSuspendedPartnerWrappedByTheContainerIsAFaultWithTheDomainCodeAndText() {
    SOAPFaultException fault =
        fault(
            new EJBTransactionRolledbackException(
                "rolled back",
                new EJBException(
                    DomainException.conflict(
                        "PARTNER_SUSPENDED", "Partner DEMOAIR is suspended"))));

    assertThat(code(fault)).isEqualTo("PARTNER_SUSPENDED");
    assertThat(fault.getFault().getFaultString()).isEqualTo("Partner DEMOAIR is suspended");
  }

  @Test
  void aLostDatabaseConnectionIsServiceUnavailableSoThePartnerRetries() {
    SOAPFaultException fault =
        fault(
            new EJBException(
                new PersistenceException(
                    new SQLException("terminating connection due to administrator", "57P01"))));

    assertThat(code(fault)).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(fault.getFault().getFaultString())
        .isEqualTo("Atrium cannot reach its database; retry");
  }

  @Test
  void aRoleTheCallerLacksIsForbidden() {
    assertThat(code(fault(new EJBAccessException("no role")))).isEqualTo("FORBIDDEN");
    assertThat(code(fault(new EJBException(new EJBAccessException("no role")))))
        .isEqualTo("FORBIDDEN");
  }

  @Test
  void anythingElseIsAnInternalErrorNamingAnIncidentAndNotTheCause() {
    SOAPFaultException fault = fault(new IllegalStateException("secret table name"));

    assertThat(code(fault)).isEqualTo("INTERNAL_ERROR");
    assertThat(fault.getFault().getFaultString())
        .startsWith("Something went wrong on our side; incident ")
        .doesNotContain("secret");
  }

  private static SOAPFaultException fault(RuntimeException failure) {
    return (SOAPFaultException) PartnerEndpoint.faultOf(failure);
  }

  private static String code(SOAPFaultException fault) {
    return fault.getFault().getFaultCodeAsQName().getLocalPart();
  }
}
