package com.atrium.tenant;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One mall of the operator as configured: its name and zone, what a CNY spent there earns before
 * multipliers, what a point spent there is worth, and its parking and WiFi perks. Tiers, expiry and
 * the member programme are the operator's, the same in every mall. {@code breakageSharePercent}:
 * the share of its tenants' expired points the mall refunds to the issuing tenant in clearing;
 * {@code prepaidAlertPercent}: how low a prepaid block gets, as a percentage of its last purchase,
 * before finance ({@code prepaidAlertPhone}, when set) and the tenant are told.
 */
public record MallSettings(
    String code,
    String name,
    ZoneId zone,
    BigDecimal baseEarnRate,
    BigDecimal pointValue,
    ParkingPerks parkingPerks,
    WifiPerks wifiPerks,
    BigDecimal breakageSharePercent,
    BigDecimal prepaidAlertPercent,
    Optional<String> prepaidAlertPhone) {}
