package com.atrium.parking;

/** The member a plate is bound to (through which binding), and the plate masked. */
public record BoundPlate(long memberId, long bindingId, String maskedPlate) {}
