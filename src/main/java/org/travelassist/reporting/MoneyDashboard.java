package org.travelassist.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.reporting.FigureTable.Column;
import org.travelassist.reporting.FigureTable.Row;
import org.travelassist.reporting.internal.MoneyQueries;
import org.travelassist.reporting.internal.MoneyQueries.PaymentMonth;
import org.travelassist.reporting.internal.MoneyQueries.TakeUpMonth;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/**
 * The dashboard's money figures, for officers and managers: take-up of budgets and mileage against the council's
 * target, what they cost against contracted transport, and how payments went. Counted in SQL ({@link MoneyQueries});
 * each is a {@link FigureTable} that says how it was counted. Pages and benchmarks reach them through
 * {@link Dashboard}, with the other figures.
 */
@Service
@EnableConfigurationProperties(DashboardSettings.class)
@PreAuthorize("hasAnyRole('" + AppRoles.OFFICER + "', '" + AppRoles.MANAGER + "')")
@Transactional(readOnly = true)
class MoneyDashboard {

    private final MoneyQueries queries;
    private final Clock clock;
    private final DashboardSettings settings;

    MoneyDashboard(MoneyQueries queries, Clock clock, DashboardSettings settings) {
        this.queries = queries;
        this.clock = clock;
        this.settings = settings;
    }

    private static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }

    /**
     * Children with a personal transport budget and with a mileage allowance at the end of each month of the year, as
     * a share of eligible children with transport, against the target. Months still to come count nothing.
     */
    public FigureTable takeUp(ReportFilter filter) {
        LocalDate today = GovukDates.today(clock);
        LocalDate until = today.isBefore(filter.year().last()) ? today : filter.year().last();
        var counted = until.isBefore(filter.year().first()) ? List.<TakeUpMonth>of()
                : queries.takeUp(filter, filter.year().first(), until);
        var byMonth = counted.stream().collect(Collectors.toMap(TakeUpMonth::month, Function.identity()));
        BigDecimal target = settings.takeUpTargetPercent();
        var rows = new ArrayList<Row>();
        for (YearMonth month : filter.year().months()) {
            var count = byMonth.get(month);
            rows.add(new Row(month(month), count == null ? Arrays.asList(null, null, null, null, null, target)
                    : Arrays.asList(count.eligible(), count.budget(), count.mileage(), count.either(), percent(count.either(), count.eligible()),
                            target)));
        }
        String now = counted.isEmpty() ? "No month of " + filter.year().label() + " has ended or begun yet."
                : latest(counted, target);
        return new FigureTable("Take-up of budgets and mileage by month, " + filter.year().label(), "Month",
                List.of(new Column("Eligible children with transport", false), new Column("With a personal transport budget", false),
                        new Column("With a mileage allowance", false), new Column("With either", false), new Column("Take-up (%)", true),
                        new Column("Target (%)", true)),
                rows, List.of(now,
                        "Eligible children with transport: children found eligible by a decision (or by the offer a review or appeal "
                                + "revised) made by the end of the month, on an application not withdrawn. Each child is counted once.",
                        "With a personal transport budget: a parent had accepted the budget by the end of the month, and it had not ended "
                                + "before the month began. With a mileage allowance: the family had accepted the allowance by the end of the month.",
                        "With either: each child once, also when they have both. Take-up: children with either, as a share of eligible "
                                + "children with transport. The target is the council's own (" + FigureTable.shown(target) + "%).",
                        "The school and SEN filters are those of the application each was decided or offered on. Months still to come "
                                + "show none."));
    }

    private static String latest(List<TakeUpMonth> counted, BigDecimal target) {
        var last = counted.getLast();
        var share = percent(last.either(), last.eligible());
        return "At the end of " + month(last.month()) + " (or today): " + last.either() + " of " + last.eligible()
                + " eligible children with transport have a budget or mileage (" + (share == null ? "none eligible" : FigureTable.shown(share) + "%")
                + "), against the target of " + FigureTable.shown(target) + "%"
                + (share == null ? "." : share.compareTo(target) >= 0 ? ": the target is met." : ": below the target.");
    }

    /** What budgets and mileage cost in the year against contracted transport for the same children, and the saving. */
    public FigureTable costAvoided(ReportFilter filter) {
        var groups = new ArrayList<CostAvoided.Group>();
        long either = 0;
        for (var group : queries.costs(filter)) {
            if (group.kind().equals("ALL")) {
                either = group.children();
            } else {
                groups.add(new CostAvoided.Group(CostAvoided.Arrangement.valueOf(group.kind()), group.sen(), group.children(),
                        Money.ofPence(group.pence()), group.days()));
            }
        }
        return CostAvoided.table(filter.year(), groups, either, new CostAvoided.Prices(settings.taxiCost(), settings.sharedRouteCost()));
    }

    /** Payments first due in each month of the year: paid on time, paid late, failed, sent again, outstanding. */
    public FigureTable payments(ReportFilter filter) {
        var byMonth = queries.payments(filter).stream().collect(Collectors.toMap(PaymentMonth::month, Function.identity()));
        var rows = new ArrayList<Row>();
        var total = new long[7];
        for (YearMonth month : filter.year().months()) {
            var count = byMonth.getOrDefault(month, new PaymentMonth(month, 0, 0, 0, 0, 0, 0, 0));
            long[] values = {count.due(), count.paidOnTime(), count.paidLate(), count.failed(), count.reissued(), count.outstanding(),
                    count.cancelled()};
            for (int i = 0; i < values.length; i++) {
                total[i] += values[i];
            }
            rows.add(new Row(month(month), Arrays.asList(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                    percent(count.paidOnTime(), count.paidOnTime() + count.paidLate()))));
        }
        return new FigureTable("Payments by the month they were due, " + filter.year().label(), "Month",
                List.of(new Column("Due", false), new Column("Paid on time", true), new Column("Paid late", true),
                        new Column("Failed", true), new Column("Sent again", false), new Column("Outstanding", true),
                        new Column("Cancelled", false), new Column("Share of those paid that were on time (%)", false)),
                rows, List.of(
                        "In the year: " + total[0] + " payments due; " + total[1] + " paid on time, " + total[2] + " paid late, " + total[3]
                                + " failed at least once, " + total[4] + " sent again, " + total[5] + " outstanding, " + total[6] + " cancelled.",
                        "Each payment owed (a budget's instalment or an approved mileage claim) is counted once, in the month it was first "
                                + "due, however many times it was sent.",
                        "Paid on time: the bank paid it on or before the day it was first due. Paid late: after that day.",
                        "Failed: the bank or the payment service could not pay it, at least once. Sent again: after a failure, a new "
                                + "payment went to the family's new bank details.",
                        "Outstanding: not paid yet: due, on hold, in a payment run, approved, sent and waiting for the bank, or failed "
                                + "and waiting for new bank details. Cancelled: it will not be paid.",
                        "The school and SEN filters are the application's; a claim for brothers and sisters counts under every filter "
                                + "one of them matches."));
    }

    private static @Nullable BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
