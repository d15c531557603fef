package com.atrium.partner;

import java.io.Serializable;

/** A partner's right definition as the partners page lists it. */
public record RightView(
    long id, String code, String name, String tierFloor, int parkingMinutes, int wifiExtraMb)
    implements Serializable {}
