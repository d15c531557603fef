/**
 * The portal's lists, one mechanism for all of them: a lazy table whose pages and order come from
 * the service's SQL (a whitelisted {@link com.atrium.platform.Sort}, never in memory), and exports
 * of exactly what the table shows (the same filters, order, columns and headers in the user's
 * language) as CSV (UTF-8 with BOM) or XLSX, read a page at a time. The markup is the tag {@code
 * a:listExport} (WEB-INF/tags); docs/portal.md describes it.
 */
package com.atrium.portal.lists;
