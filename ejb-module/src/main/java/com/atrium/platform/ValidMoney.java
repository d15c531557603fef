package com.atrium.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * An input that must be a {@link Money} amount, checked by Money's own rule (a null is left to
 * {@code @NotNull}). Lets an API refuse it as any other malformed field before the domain sees it.
 */
@Documented
@Constraint(validatedBy = ValidMoney.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidMoney {

  String message() default "must be between 0.01 and 1000000.00 CNY, in whole fen";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Money's rule, for Bean Validation. */
  class Check implements ConstraintValidator<ValidMoney, BigDecimal> {
    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
      return value == null || Money.isValid(value);
    }
  }
}
