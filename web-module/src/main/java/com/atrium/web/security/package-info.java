/**
 * How callers prove who they are at the edge: the WAR's single authentication mechanism (portal
 * form login kept in the session; signed, session-less requests under {@code /api/}), logout, the
 * idle timeout and the body-hash check of signed requests. Decides identity and roles only; what a
 * caller may do is decided by the EJB services ({@code @RolesAllowed}, CurrentCaller).
 */
package com.atrium.web.security;
