/**
 * The operator admin's logins page: people's logins (operator staff, store assistants) through
 * {@link com.atrium.security.UserService}; no rule of who may hold what lives here.
 */
package com.atrium.portal.operator.logins;
