package com.atrium.partner;

import java.time.Instant;

/**
 * A link as its partner sees it: the partner's member reference and the link's state; while a code
 * is pending, until when it is valid. Never says whether a phone is a member's.
 */
public record LinkReceipt(String memberRef, LinkState state, Instant codeExpiresAt) {}
