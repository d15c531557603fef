/**
 * The partners' SOAP endpoint {@code /soap/partner} (docs/partners-soap.md): the port generated
 * from the checked-in WSDL ({@code wsdl/partner.wsdl}) over the same {@code
 * partner.PartnerExchange} facade as the REST API, a WS-Security UsernameToken checked by the same
 * {@code security.MachineAuthenticator}, hostile XML refused before parsing, and faults carrying
 * the REST API's stable codes. Only translates: no business rule lives here. One endpoint, handler
 * and gate for two JAX-WS runtimes: Apache CXF in the WAR on Payara Micro ({@code
 * PartnerSoapServlet}, the one class naming CXF) and the server's own Metro on full Payara Server
 * ({@code PartnerSoapSpiServlet}, standard HTTP SPI).
 */
package com.atrium.soap.partner;
