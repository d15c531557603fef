/**
 * Where {@code /soap/*} goes: to CXF's partner endpoint ({@code soap.partner}) when CXF is in the
 * WAR (Payara Micro), otherwise to a 503 SOAP_UNAVAILABLE problem (the EAR's WAR on full Payara
 * Server, which leaves CXF out). Knows CXF only by class name, so it loads in either WAR.
 */
package com.atrium.web.soap;
