package com.atrium.member;

import java.time.Instant;
import java.time.LocalDate;

/** What staff and machines are shown of a member: the phone only masked. */
public record MemberView(
    long id,
    String cardNumber,
    String maskedPhone,
    String name,
    LocalDate birthday,
    String language,
    String tier,
    String status,
    Instant registeredAt,
    long balance) {}
