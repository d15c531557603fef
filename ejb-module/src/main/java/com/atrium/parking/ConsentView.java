package com.atrium.parking;

import java.time.Instant;

/** A member's plate consent in force: the text version agreed to, when, through whom. */
public record ConsentView(String textVersion, Instant givenAt, String givenBy) {}
