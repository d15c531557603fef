package com.atrium.parking;

/** The member a plate is bound to, and the plate masked. */
public record BoundPlate(long memberId, String maskedPlate) {}
