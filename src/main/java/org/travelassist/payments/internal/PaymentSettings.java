package org.travelassist.payments.internal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the council pays, from {@code travelassist.payments.*}.
 *
 * @param gateway {@code bacs} (default): a Standard 18 file finance submits; {@code stripe}: each payment through Stripe
 * @param holdDaysAfterBankDetailsChange payments to a household whose bank details changed within this many days
 *     wait for a finance officer to release them (a changed account is the usual fraud)
 */
@Validated
@ConfigurationProperties("travelassist.payments")
public record PaymentSettings(
        @DefaultValue("bacs") @Pattern(regexp = "bacs|stripe", message = "must be bacs or stripe") String gateway,
        @DefaultValue("5") @PositiveOrZero int holdDaysAfterBankDetailsChange) {

    public static final String BACS = "bacs";

    public boolean paysByFile() {
        return BACS.equals(gateway);
    }
}
