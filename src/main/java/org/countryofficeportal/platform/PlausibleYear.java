package org.countryofficeportal.platform;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A year in the life of the ILO and its offices: from its founding in 1919 to the end of this century. Every year
 * staff or a content bundle give (offices, programmes, memberships) is checked by this one rule.
 */
@Documented
@Constraint(validatedBy = {})
@Min(value = PlausibleYear.EARLIEST, message = "A year is between 1919 and 2100: check it.")
@Max(value = PlausibleYear.LATEST, message = "A year is between 1919 and 2100: check it.")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleYear {

    /** The ILO's founding. */
    int EARLIEST = 1919;
    int LATEST = 2100;

    String message() default "A year is between 1919 and 2100: check it.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
