package com.atrium.portal;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers the current page request with 404: another tenant's or mall's record is shown exactly as
 * one that does not exist.
 */
public final class NotFound {

  private NotFound() {}

  public static void send(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
