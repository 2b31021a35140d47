package vn.onestop.intake.dossier.service;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import vn.onestop.contracts.ContractValidator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An e-mail address that the events can carry: the contracts' {@code "format": "email"} (an RFC 5321
 * mailbox with a known top-level domain). Bean Validation's {@code @Email} also accepts
 * {@code an@onestop.local}, which DossierSubmitted's schema refuses: processing then dead-lettered the
 * event and the dossier, received, never reached an officer. Checked here, the applicant gets a 400
 * naming the field instead. Null passes (the address is optional).
 */
@Documented
@Constraint(validatedBy = EventEmail.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface EventEmail {

    String message() default "must be an e-mail address with a known domain, like an@example.vn";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The contracts' own check, so that what intake accepts every consumer accepts. */
    class Check implements ConstraintValidator<EventEmail, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || ContractValidator.shared().acceptsEmail(value);
        }
    }
}
