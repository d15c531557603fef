package com.atrium.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document with Atrium's stable machine-readable {@code code} and, where one
 * input is at fault, its {@code field}.
 */
@Schema(name = "Problem", description = "Error response (application/problem+json)")
@JsonbPropertyOrder({"type", "title", "status", "code", "detail", "field"})
public record Problem(
    @Schema(example = "urn:atrium:problem:RECEIPT_CONFLICT") String type,
    @Schema(example = "Conflict") String title,
    @Schema(example = "409") int status,
    @Schema(description = "Stable machine-readable code", example = "RECEIPT_CONFLICT") String code,
    @Schema(example = "Receipt R-1001 was already recorded with different details") String detail,
    @Schema(description = "The offending input, when there is one", example = "receiptNumber")
        String field) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String title, String code, String detail, String field) {
    return new Problem("urn:atrium:problem:" + code, title, status, code, detail, field);
  }
}
