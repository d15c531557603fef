package com.atrium.earning;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A sale as a till reports it: the member (by phone or card number), the receipt number, the amount
 * in CNY and, optionally, when it happened (default: now).
 */
public record SaleRequest(
    @Size(max = 32) String phone,
    @Size(max = 32) String cardNumber,
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_./-]*") String receiptNumber,
    @NotNull
        @DecimalMin(value = "0.01")
        @DecimalMax(value = "1000000.00")
        @Digits(integer = 7, fraction = 2)
        BigDecimal amount,
    Instant occurredAt) {}
