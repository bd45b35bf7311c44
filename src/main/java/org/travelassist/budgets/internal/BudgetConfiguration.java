package org.travelassist.budgets.internal;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.travelassist.budgets.BudgetPolicies;
import org.travelassist.shared.Money;

/** The budget policies from configuration; amounts in them are read as people write money, strictly. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BudgetPolicies.class)
public class BudgetConfiguration {

    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, Money> moneyInConfiguration() {
        return new MoneyInConfiguration();
    }

    /** A class, not a lambda, so that Spring can see the types it converts. */
    public static final class MoneyInConfiguration implements Converter<String, Money> {

        @Override
        public Money convert(String text) {
            return switch (Money.parse(text)) {
                case Money.Parsed.Amount amount -> amount.money();
                case Money.Parsed.Refused refused -> throw new IllegalArgumentException(
                        "Not an amount of money: \"" + text + "\". " + refused.message());
            };
        }
    }
}
