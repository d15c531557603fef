/**
 * REST API for a mall's WiFi controller ({@code /api/v1/wifi}). Every call is signed with a
 * WIFI_CONTROLLER key and confined to that key's mall.
 */
package com.atrium.api.wifi;
