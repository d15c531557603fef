/** The quick start: an embedded PostgreSQL and Payara Micro running the Atrium WAR. */
package com.atrium.launcher;
