package org.travelassist.budgets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.travelassist.budgets.BudgetPolicy.Band;
import org.travelassist.budgets.BudgetPolicy.Schedule;
import org.travelassist.budgets.internal.BudgetConfiguration;
import org.travelassist.shared.Money;

/** Budget policies for tests: the demo council's as configured, Leicestershire's bands, and variations made in code. */
final class TestPolicies {

    private TestPolicies() {}

    /** Rutland's demo policy exactly as application.properties configures it. */
    static BudgetPolicy rutland() {
        return bind("application.properties").policies().getFirst();
    }

    /** Leicestershire's published bands, as a test council's configuration. */
    static BudgetPolicy leicestershire() {
        return bind("budgets/leicestershire.properties").policies().getFirst();
    }

    /** Kent's bands (DOMAIN.md §2.2): under 5 miles, 5 to 10 miles, over 10 miles; 11 monthly payments on the 15th. */
    static BudgetPolicy kent() {
        return new BudgetPolicy("KENT-TEST", java.time.LocalDate.of(2026, 9, 1), BudgetPolicy.Model.DISTANCE_BANDS, null,
                List.of(new Band("under 5 miles", BigDecimal.ZERO, false, Money.ofPounds(2000), null),
                        new Band("5 to 10 miles", BigDecimal.valueOf(5), false, Money.ofPounds(3000), null),
                        new Band("over 10 miles", BigDecimal.valueOf(10), true, Money.ofPounds(5000), null)),
                BudgetPolicy.DistanceBasis.ROAD, 190, 3, null, null, "09-01", "07-31", new Schedule(BudgetPolicy.Shape.MONTHLY_ON_DAY, null, 15),
                BudgetPolicy.ProRata.BY_DAYS, 90, 1, null, null, null, null);
    }

    static BudgetPolicy withRate(BudgetPolicy policy, Money rate) {
        var perMile = new BudgetPolicy.PerMile(rate, BudgetPolicy.DistanceBasis.ROAD, 4, 2);
        return new BudgetPolicy(policy.version(), policy.effectiveFrom(), policy.model(), perMile, policy.bands(), policy.bandDistance(),
                policy.attendanceDays(), policy.termsInYear(), policy.supplements(), policy.deductions(), policy.yearStarts(),
                policy.yearEnds(), policy.schedule(), policy.proRata(), policy.attendanceThresholdPercent(), policy.noticeMonths(),
                policy.mayBeSpentOn(), policy.mayNotBeSpentOn(), policy.tellTheCouncil(), policy.terms());
    }

    static BudgetPolicy withSchedule(BudgetPolicy policy, BudgetPolicy.Shape shape, BudgetPolicy.ProRata proRata) {
        var terms = policy.schedule().terms().isEmpty() ? rutland().schedule().terms() : policy.schedule().terms();
        return new BudgetPolicy(policy.version(), policy.effectiveFrom(), policy.model(), policy.perMile(), policy.bands(),
                policy.bandDistance(), policy.attendanceDays(), policy.termsInYear(), policy.supplements(), policy.deductions(),
                policy.yearStarts(), policy.yearEnds(), new Schedule(shape, terms, 15), proRata, policy.attendanceThresholdPercent(),
                policy.noticeMonths(), policy.mayBeSpentOn(), policy.mayNotBeSpentOn(), policy.tellTheCouncil(), policy.terms());
    }

    static BudgetPolicy setByOfficer() {
        var rutland = rutland();
        return new BudgetPolicy("BUCKS-TEST", rutland.effectiveFrom(), BudgetPolicy.Model.SET_BY_OFFICER, null, null,
                BudgetPolicy.DistanceBasis.ROAD, 190, 3, null, null, "09-01", "08-31",
                new Schedule(BudgetPolicy.Shape.TWELVE_MONTHLY, null, 1), BudgetPolicy.ProRata.BY_MONTHS, 90, 1, null, null, null, null);
    }

    private static BudgetPolicies bind(String resource) {
        try {
            var sources = new PropertiesPropertySourceLoader().load(resource, new ClassPathResource(resource));
            var conversion = new ApplicationConversionService();
            conversion.addConverter(new BudgetConfiguration.MoneyInConfiguration());
            return new Binder(ConfigurationPropertySources.from(sources), null, conversion)
                    .bind("travelassist.budgets", Bindable.of(BudgetPolicies.class)).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
