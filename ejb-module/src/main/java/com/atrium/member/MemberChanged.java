package com.atrium.member;

/**
 * A member was registered ({@code registered}) or its tier or status changed. Fired inside the
 * change's transaction, with the member's row locked, so a copy kept by a reaction (parking's)
 * commits with the change and in the order of the changes.
 */
public record MemberChanged(MemberSummary member, boolean registered) {}
