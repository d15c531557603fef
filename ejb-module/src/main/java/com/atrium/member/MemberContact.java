package com.atrium.member;

/**
 * Where and how to reach a member: the one view that carries the phone in clear, for the
 * notification channel only.
 */
public record MemberContact(
    long id, PhoneNumber phone, String name, String language, boolean active) {}
