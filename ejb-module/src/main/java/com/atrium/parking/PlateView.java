package com.atrium.parking;

import java.time.Instant;

/** A bound plate as lists show it: masked (沪A·***5D), never in clear. */
public record PlateView(long id, String masked, Instant boundAt, String boundBy) {}
