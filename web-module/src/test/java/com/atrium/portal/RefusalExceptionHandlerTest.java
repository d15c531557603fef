package com.atrium.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.platform.DomainException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

/** Which failures of an action are a service's refusal, however Faces and EL wrapped them. */
class RefusalExceptionHandlerTest {

  @Test
  void aRoleRefusalIsFoundUnderFacesAndElWrappers() {
    EJBAccessException denied = new EJBAccessException("Client not authorized");
    assertThat(RefusalExceptionHandler.refusal(new FacesException(new ELException(denied))))
        .isSameAs(denied);
  }

  @Test
  void aForbiddenDomainRefusalCountsAndSoDoesOneHeldAsCausedBy() {
    DomainException groupOnly =
        new DomainException(
            DomainException.Kind.FORBIDDEN, "GROUP_SCOPE_REQUIRED", null, "group only");
    EJBException wrapped = new EJBException(groupOnly);
    assertThat(RefusalExceptionHandler.refusal(new FacesException(wrapped))).isSameAs(groupOnly);
  }

  @Test
  void otherFailuresAreLeftToTheNextHandler() {
    assertThat(
            RefusalExceptionHandler.refusal(
                new FacesException(DomainException.invalid("AMOUNT_INVALID", "amount", "x"))))
        .isNull();
    assertThat(RefusalExceptionHandler.refusal(new FacesException(new IllegalStateException())))
        .isNull();
  }
}
