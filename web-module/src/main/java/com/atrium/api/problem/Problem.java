package com.atrium.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An RFC 9457 problem document with Atrium's stable machine-readable {@code code} and, where one
 * input is at fault, its {@code field}.
 */
@JsonbPropertyOrder({"type", "title", "status", "code", "detail", "field"})
public record Problem(
    String type, String title, int status, String code, String detail, String field) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String title, String code, String detail, String field) {
    return new Problem("urn:atrium:problem:" + code, title, status, code, detail, field);
  }
}
