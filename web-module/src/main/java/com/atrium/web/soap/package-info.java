/**
 * Where {@code /soap/*} goes: to the partner endpoint ({@code soap.partner}) on CXF when CXF is in
 * the WAR (Payara Micro), on the server's Metro when it is not (the EAR's WAR on full Payara
 * Server), otherwise to a 503 SOAP_UNAVAILABLE problem. Knows the runtimes only by class name, so
 * it loads in either WAR.
 */
package com.atrium.web.soap;
