package com.atrium.soap.partner;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/**
 * Lets CXF's reader take the one long text of a reconciliation file's upload, for a request {@link
 * SoapGate} checked and marked as one ({@link SoapGate#FILE_UPLOAD}); every other request keeps the
 * bus's 4096 characters. Runs before the reader is made (RECEIVE, before POST_STREAM).
 */
final class FileUploadLimits extends AbstractPhaseInterceptor<Message> {

  FileUploadLimits() {
    super(Phase.RECEIVE);
  }

  @Override
  public void handleMessage(Message message) {
    if (message.get(AbstractHTTPDestination.HTTP_REQUEST) instanceof HttpServletRequest request
        && Boolean.TRUE.equals(request.getAttribute(SoapGate.FILE_UPLOAD))) {
      message.put("org.apache.cxf.stax.maxTextLength", XmlLimits.MAX_FILE_TEXT);
    }
  }
}
