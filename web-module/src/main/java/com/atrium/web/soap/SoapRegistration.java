package com.atrium.web.soap;

import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;

/**
 * Maps {@code /soap/*} at deployment: the partner endpoint with its XML gate when CXF and the
 * endpoint are packaged, {@link SoapUnavailableServlet} when they are not (the EAR's "server" WAR).
 * Both are named by class, never referenced, so that this class loads without CXF.
 */
@WebListener
public class SoapRegistration implements ServletContextListener {

  static final String PATTERN = "/soap/*";
  static final String ENDPOINT_SERVLET = "com.atrium.soap.partner.PartnerSoapServlet";
  static final String GATE_FILTER = "com.atrium.soap.partner.SoapGate";
  private static final String CXF_SERVLET = "org.apache.cxf.transport.servlet.CXFNonSpringServlet";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    if (packaged(context, CXF_SERVLET) && packaged(context, ENDPOINT_SERVLET)) {
      FilterRegistration.Dynamic gate = context.addFilter("SoapGate", GATE_FILTER);
      gate.addMappingForUrlPatterns(null, false, PATTERN);
      ServletRegistration.Dynamic soap = context.addServlet("PartnerSoap", ENDPOINT_SERVLET);
      soap.addMapping(PATTERN);
      soap.setLoadOnStartup(2);
    } else {
      context.addServlet("SoapUnavailable", SoapUnavailableServlet.class).addMapping(PATTERN);
    }
  }

  private static boolean packaged(ServletContext context, String className) {
    try {
      Class.forName(className, false, context.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
