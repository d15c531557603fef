/** Operator views of the tenant context: the tenant list and the create/edit form. */
package com.atrium.portal.operator.tenants;
