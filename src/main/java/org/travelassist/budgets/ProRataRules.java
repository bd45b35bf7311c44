package org.travelassist.budgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.travelassist.shared.Money;

/** Part of an amount for part of a period, half up to the penny, and the periods counted inclusively. Part of {@link BudgetRules}. */
final class ProRataRules {

    private ProRataRules() {}

    /** amount × part ÷ whole, half up to the penny. */
    static Money proRata(Money amount, long part, long whole) {
        return Money.ofPence(BigDecimal.valueOf(amount.pence()).multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).longValueExact());
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    static long months(LocalDate from, LocalDate to) {
        return ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
    }
}
