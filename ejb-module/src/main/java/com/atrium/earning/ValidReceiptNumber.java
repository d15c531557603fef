package com.atrium.earning;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An input written as a {@link ReceiptNumber} (a receipt number, a payment or refund reference),
 * checked by its rule as sent, blanks included; a null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = ValidReceiptNumber.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidReceiptNumber {

  String message() default
      "must be 1 to 64 letters, digits or _ . / -, starting with a letter or digit";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** ReceiptNumber's rule, for Bean Validation. */
  class Check implements ConstraintValidator<ValidReceiptNumber, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || ReceiptNumber.isWellFormed(value);
    }
  }
}
