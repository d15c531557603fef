/**
 * REST API for partners ({@code /api/v1/partner}): banks, airlines, coalitions. Every call is
 * signed with a PARTNER key and confined to that key's partner.
 */
package com.atrium.api.partner;
