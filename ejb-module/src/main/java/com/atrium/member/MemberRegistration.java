package com.atrium.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a member gives to join: phone, name, optional birthday, language and consents. */
public record MemberRegistration(
    @NotBlank @Size(max = 32) String phone,
    @NotBlank @Size(max = 100) String name,
    LocalDate birthday,
    @Pattern(regexp = "zh|en") String language,
    boolean acceptTerms,
    boolean marketingConsent) {}
