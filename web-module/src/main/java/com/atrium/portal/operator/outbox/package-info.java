/** The administrators' view of the notification outbox. */
package com.atrium.portal.operator.outbox;
