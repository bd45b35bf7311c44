package org.travelassist.payments.internal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the council pays, from {@code travelassist.payments.*}.
 *
 * @param gateway {@code bacs} (default): a Standard 18 file finance submits; {@code stripe}: each payment through Stripe.
 *     New runs are paid this way unless finance chooses another of {@code otherGateways}
 * @param otherGateways gateways finance may choose instead for a run, e.g. {@code stripe} for a pilot beside BACS
 *     (default none). A run keeps the gateway it was created with
 * @param holdDaysAfterBankDetailsChange payments to a household whose bank details changed within this many days
 *     wait for a finance officer to release them (a changed account is the usual fraud)
 */
@Validated
@ConfigurationProperties("travelassist.payments")
public record PaymentSettings(
        @DefaultValue(BACS) @Pattern(regexp = GATEWAYS, message = "must be bacs or stripe") String gateway,
        @DefaultValue({}) List<@Pattern(regexp = GATEWAYS, message = "must be bacs or stripe") String> otherGateways,
        @DefaultValue("5") @PositiveOrZero int holdDaysAfterBankDetailsChange) {

    public static final String BACS = "bacs";
    static final String GATEWAYS = "bacs|stripe";

    /** Whether the council's default is the BACS file. */
    public boolean paysByFile() {
        return paysByFile(gateway);
    }

    public static boolean paysByFile(String gateway) {
        return BACS.equals(gateway);
    }

    /** Every gateway finance may choose for a run, the default first. */
    public List<String> offered() {
        var all = new LinkedHashSet<String>();
        all.add(gateway);
        all.addAll(otherGateways);
        return List.copyOf(all);
    }
}
