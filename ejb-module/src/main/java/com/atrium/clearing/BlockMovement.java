package com.atrium.clearing;

/**
 * A prepaid block over a period: {@code opening + purchased - drawn} is {@code closing} when the
 * block covered every funded point, else {@code closing} is 0 and {@code overdraft} the points
 * beyond it (billed on the statement). {@code drawn} is funded less reversed points, so refunds
 * give points back to the block.
 */
public record BlockMovement(
    long opening, long purchased, long drawn, long closing, long overdraft) {}
