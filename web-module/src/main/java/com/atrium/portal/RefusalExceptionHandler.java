package com.atrium.portal;

import com.atrium.platform.DomainException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A service's refusal ({@code @RolesAllowed} failing, or a forbidden {@link DomainException} such
 * as GROUP_SCOPE_REQUIRED) is never nothing and never a stack trace: during an action (ajax or not)
 * it becomes a message in the growl in the person's language and the page stays as it was; while a
 * page is being opened it becomes the friendly 403 page. Pages offer only what the person may do
 * ({@link Permissions}), so this is the net for what slips through (e.g. a page open since before a
 * change of access). Every other failure goes to the next handler.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(RefusalExceptionHandler.class.getName());

  public RefusalExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
      while (queued.hasNext()) {
        Throwable thrown = queued.next().getContext().getException();
        RuntimeException refusal = refusal(thrown);
        if (refusal != null) {
          queued.remove();
          LOG.log(Level.INFO, "refused: {0}", refusal.toString());
          refuse(faces, refusal);
        }
      }
    }
    getWrapped().handle();
  }

  private static void refuse(FacesContext faces, RuntimeException refusal) {
    if (faces.isPostback() || faces.getPartialViewContext().isAjaxRequest()) {
      if (refusal instanceof DomainException) {
        PortalMessages.error(refusal, Map.of());
      } else {
        PortalMessages.error("error.FORBIDDEN");
      }
      if (faces.getPartialViewContext().isAjaxRequest()) {
        faces.getPartialViewContext().getRenderIds().add("growl");
      }
      return;
    }
    var external = faces.getExternalContext();
    if (!external.isResponseCommitted()) {
      try {
        external.responseReset();
        external.responseSendError(403, "refused");
      } catch (IOException e) {
        throw new FacesException(e);
      }
    }
    faces.responseComplete();
  }

  /** The refusal behind a failure, or null when it is not one. */
  static RuntimeException refusal(Throwable thrown) {
    EJBAccessException denied = PortalMessages.cause(thrown, EJBAccessException.class);
    if (denied != null) {
      return denied;
    }
    DomainException domain = PortalMessages.cause(thrown, DomainException.class);
    return domain != null && domain.kind() == DomainException.Kind.FORBIDDEN ? domain : null;
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
