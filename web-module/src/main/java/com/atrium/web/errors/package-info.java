/**
 * What the container's own error answers look like: under {@code /api/} a problem document with a
 * stable code, like every other API answer; in the portal a friendly page. Decides nothing about
 * who may do what.
 */
package com.atrium.web.errors;
