package com.atrium.tenant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What an operator fills in to create or edit a tenant. */
public record TenantDraft(
    @NotBlank @Size(max = 32) String code,
    @NotBlank @Size(max = 200) String name,
    @NotNull Category category,
    @Size(max = 16) String floor,
    @Size(max = 32) String unit,
    LocalDate contractStart,
    LocalDate contractEnd) {}
