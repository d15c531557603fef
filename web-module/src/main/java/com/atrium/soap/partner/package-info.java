/**
 * The partners' SOAP endpoint {@code /soap/partner} (docs/partners-soap.md): Apache CXF publishing
 * the port generated from the checked-in WSDL ({@code wsdl/partner.wsdl}) over the same {@code
 * partner.PartnerExchange} facade as the REST API, a WS-Security UsernameToken checked by the same
 * {@code security.MachineAuthenticator}, and faults carrying the REST API's stable codes. Only
 * translates: no business rule lives here. Left out of the EAR's WAR (the full server has its own
 * JAX-WS), where {@code web.soap.SoapUnavailableServlet} answers instead.
 */
package com.atrium.soap.partner;
