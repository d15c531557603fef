package com.atrium.partner;

/** A partner granted a right to a member; fired inside the grant's transaction. */
public record RightGranted(long memberId) {}
