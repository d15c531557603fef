package com.atrium.portal;

import com.atrium.platform.DatabaseUnavailable;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * An ajax request that fails because the database cannot be reached is sent to the friendly {@link
 * UnavailablePageFilter#PAGE}: Faces answers a failed partial request itself, so the filter never
 * sees it and the person would see nothing happen. Every other failure goes to the default handler.
 */
public class UnavailableExceptionHandler extends ExceptionHandlerWrapper {

  public UnavailableExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
      Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
      while (queued.hasNext()) {
        if (DatabaseUnavailable.isCauseOf(queued.next().getContext().getException())) {
          // one page says it all: the other failures of this request have the same cause
          clear();
          redirect(faces);
          return;
        }
      }
    }
    getWrapped().handle();
  }

  private void clear() {
    Iterator<ExceptionQueuedEvent> all = getUnhandledExceptionQueuedEvents().iterator();
    while (all.hasNext()) {
      all.next();
      all.remove();
    }
  }

  private static void redirect(FacesContext faces) {
    var external = faces.getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + UnavailablePageFilter.PAGE);
    } catch (IOException e) {
      throw new FacesException(e);
    }
    faces.responseComplete();
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new UnavailableExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
