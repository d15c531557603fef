package com.atrium.platform;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A business rule said no. Carries a stable machine-readable {@link #code()}, the offending {@link
 * #field()} where there is one, and the kind of refusal; the web layer turns it into an {@code
 * application/problem+json} answer. Thrown inside a transaction it rolls that transaction back, so
 * a refused request changes nothing.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

  /** What kind of "no" this is; decides the HTTP status at the edge. */
  public enum Kind {
    INVALID,
    NOT_FOUND,
    CONFLICT,
    FORBIDDEN,
    /** Asked too often in a period (429): the same request later is answered. */
    TOO_MANY
  }

  private final Kind kind;
  private final String code;
  private final String field;

  public DomainException(Kind kind, String code, String field, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind);
    this.code = Objects.requireNonNull(code);
    this.field = field;
  }

  public static DomainException invalid(String code, String field, String message) {
    return new DomainException(Kind.INVALID, code, field, message);
  }

  public static DomainException notFound(String code, String message) {
    return new DomainException(Kind.NOT_FOUND, code, null, message);
  }

  public static DomainException conflict(String code, String message) {
    return new DomainException(Kind.CONFLICT, code, null, message);
  }

  public static DomainException tooMany(String code, String message) {
    return new DomainException(Kind.TOO_MANY, code, null, message);
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
