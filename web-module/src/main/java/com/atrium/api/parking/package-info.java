/**
 * REST API for a mall's car park system ({@code /api/v1/parking}). Every call is signed with a
 * CAR_PARK key and confined to that key's mall.
 */
package com.atrium.api.parking;
