package org.travelassist.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.ChallengeOutcome;
import org.travelassist.applications.ChallengeStage;
import org.travelassist.applications.Offer;
import org.travelassist.reporting.FigureTable.Column;
import org.travelassist.reporting.FigureTable.Row;
import org.travelassist.reporting.internal.DashboardQueries;
import org.travelassist.reporting.internal.DashboardQueries.ChallengeCount;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.WorkingDays;

/**
 * The council's dashboard figures, for officers and managers (who only read). Each figure is counted in SQL over
 * the read models and returned as a {@link FigureTable} that says how it was counted.
 */
@Service
@EnableConfigurationProperties(ReportingSettings.class)
@PreAuthorize("hasAnyRole('" + AppRoles.OFFICER + "', '" + AppRoles.MANAGER + "')")
@Transactional(readOnly = true)
public class Dashboard {

    private final DashboardQueries queries;
    private final MoneyDashboard money;
    private final Clock clock;
    private final int decisionDays;
    private final int yearStartsMonth;

    Dashboard(DashboardQueries queries, MoneyDashboard money, Clock clock, CouncilProfile council, ReportingSettings settings) {
        this.queries = queries;
        this.money = money;
        this.clock = clock;
        this.decisionDays = council.workingDays().decision();
        this.yearStartsMonth = settings.policyYearStartsMonth();
    }

    public PolicyYear currentYear() {
        return PolicyYear.containing(GovukDates.today(clock), yearStartsMonth);
    }

    /** The policy years with figures, the current one first, back to the year of the first application. */
    public List<PolicyYear> years() {
        var years = new ArrayList<PolicyYear>();
        PolicyYear year = currentYear();
        years.add(year);
        LocalDate first = queries.firstReceived().orElse(year.first());
        while (year.first().isAfter(first)) {
            year = year.previous();
            years.add(year);
        }
        return years;
    }

    public List<SchoolChoice> schools() {
        return queries.schools();
    }

    /** Applications received, decided, and decided within the council's working days, by month of the year. */
    public FigureTable decisions(ReportFilter filter) {
        var counted = queries.decisionsByMonth(filter).stream()
                .collect(Collectors.toMap(DashboardQueries.MonthCount::month, Function.identity()));
        var rows = new ArrayList<Row>();
        long received = 0;
        long decided = 0;
        long onTime = 0;
        for (var month : filter.year().months()) {
            var count = counted.get(month);
            long r = count == null ? 0 : count.received();
            long d = count == null ? 0 : count.decided();
            long t = count == null ? 0 : count.decidedOnTime();
            rows.add(new Row(month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear(),
                    Arrays.asList(r, d, t, percent(t, d))));
            received += r;
            decided += d;
            onTime += t;
        }
        String within = "Decided within " + decisionDays + " working days";
        return new FigureTable("Decisions by month, " + filter.year().label(), "Month",
                List.of(new Column("Received", true), new Column("Decided", true), new Column(within, true),
                        new Column("Share decided within " + decisionDays + " working days (%)", false)),
                rows, List.of(
                        "In the year: " + received + " received, " + (decided == 0 ? "none decided yet." : decided + " decided, "
                                + onTime + " of them within " + decisionDays + " working days (" + FigureTable.shown(percent(onTime, decided)) + "%)."),
                        "Received: applications sent to the council that month (the day in England), including any withdrawn later.",
                        "Decided: the council's first decision on each application, in the month it was made. Decisions changed "
                                + "after a review or appeal are counted under reviews and appeals.",
                        within + ": decided on or before the due date set when the application was sent, " + decisionDays
                                + " working days after it was received. Weekends and England and Wales bank holidays do not count."));
    }

    /** What is with the council now, by step, and how much of it is overdue. The year filter does not apply. */
    public FigureTable openWork(ReportFilter filter) {
        var open = Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::open).map(Enum::name).toList();
        var byStep = new LinkedHashMap<String, long[]>();
        for (String step : List.of(DECISION, REVIEW, APPEAL)) {
            byStep.put(step, new long[2]);
        }
        for (var count : queries.openWork(filter, open, lastWorkingDayUpTo(GovukDates.today(clock)))) {
            long[] sums = byStep.get(step(ApplicationStatus.valueOf(count.status())));
            sums[0] += count.open();
            sums[1] += count.overdue();
        }
        long total = byStep.values().stream().mapToLong(sums -> sums[0]).sum();
        long overdue = byStep.values().stream().mapToLong(sums -> sums[1]).sum();
        return new FigureTable("Open work on " + GovukDates.day(GovukDates.today(clock)), "Waiting for",
                List.of(new Column("Open", true), new Column("Overdue", true)),
                byStep.entrySet().stream().map(step -> new Row(step.getKey(), List.of(step.getValue()[0], step.getValue()[1]))).toList(),
                List.of("Now: " + total + " open, " + overdue + " overdue.",
                        "Open: applications with the council's officers, as in the work queue.",
                        "Overdue: at least one working day has passed since the step was due: the decision, the review, "
                                + "the appeal hearing or, once a hearing is arranged, the panel's letter."));
    }

    /**
     * Today if it is a working day, else the working day before it: a step due before this day has had a working day
     * pass since (QueueItem#overdue), and one due on or after it has not.
     */
    static LocalDate lastWorkingDayUpTo(LocalDate today) {
        return WorkingDays.minusWorkingDays(today.plusDays(1), 1);
    }

    private static final String DECISION = "A decision";
    private static final String REVIEW = "A stage 1 review";
    private static final String APPEAL = "A stage 2 appeal";

    private static String step(ApplicationStatus status) {
        if (status.awaitsReview()) {
            return REVIEW;
        }
        return status.awaitsHearing() || status.awaitsPanel() ? APPEAL : DECISION;
    }

    /** Reviews and appeals asked for in the year: how many, their outcomes and the working days they took. */
    public FigureTable challenges(ReportFilter filter) {
        Map<Integer, ChallengeCount> counted = queries.challenges(filter).stream()
                .collect(Collectors.toMap(ChallengeCount::stage, Function.identity()));
        var rows = new ArrayList<Row>();
        for (ChallengeStage stage : ChallengeStage.values()) {
            var count = counted.getOrDefault(stage.number, new ChallengeCount(stage.number, 0, 0, 0, 0, 0, null));
            rows.add(new Row(stage == ChallengeStage.REVIEW ? "Stage 1 reviews" : "Stage 2 appeals",
                    Arrays.asList(count.requested(), count.decided(), count.upheld(), count.changed(), count.decidedOnTime(),
                            count.averageWorkingDays())));
        }
        return new FigureTable("Reviews and appeals asked for in " + filter.year().label(), "Stage",
                List.of(new Column("Asked for", true), new Column("Decided", true),
                        new Column("Decision stands (" + outcomes(ChallengeOutcome.UPHELD) + ")", true),
                        new Column("Decision changed (" + outcomes(ChallengeOutcome.CHANGED) + ")", true),
                        new Column("Decided by the date due", true),
                        new Column("Average working days to decide", false)),
                rows, List.of(
                        "Counted by the day the family asked, in the policy year; the school and SEN filters are the application's.",
                        "Decided by the date due: a review by the senior officer's date; an appeal by the hearing date, or once a "
                                + "hearing is arranged, by the date of the panel's letter.",
                        "Working days from the day asked to the day decided, for those decided; weekends and bank holidays do not count."));
    }

    private static String outcomes(ChallengeOutcome outcome) {
        return outcome.label(ChallengeStage.REVIEW).toLowerCase(Locale.UK) + " or " + outcome.label(ChallengeStage.APPEAL).toLowerCase(Locale.UK);
    }

    /** Take-up of budgets and mileage by month against the council's target ({@link MoneyDashboard#takeUp}). */
    public FigureTable takeUp(ReportFilter filter) {
        return money.takeUp(filter);
    }

    /** Budgets and mileage against contracted transport, with the working ({@link MoneyDashboard#costAvoided}). */
    public FigureTable costAvoided(ReportFilter filter) {
        return money.costAvoided(filter);
    }

    /** Payments by the month first due: on time, late, failed, sent again, outstanding ({@link MoneyDashboard#payments}). */
    public FigureTable payments(ReportFilter filter) {
        return money.payments(filter);
    }

    /**
     * The council's figures for the DfE home-to-school travel data collection, for the policy year: children, not
     * applications, each once per line, with PTB and mileage counted separately as the collection asks. The school
     * and SEN filters do not apply: the return is for the whole council.
     */
    public FigureTable dfeReturn(ReportFilter filter) {
        Map<String, DashboardQueries.ReturnCount> counted = queries.dfeReturn(filter).stream()
                .collect(Collectors.toMap(DashboardQueries.ReturnCount::line, Function.identity()));
        var lines = new LinkedHashMap<String, String>();
        lines.put("RECEIVED", "Children with an application received");
        lines.put("ELIGIBLE", "Children decided eligible");
        for (Offer offer : Offer.values()) {
            lines.put(offer.name(), "Offered: " + offer.label.substring(0, 1).toLowerCase(Locale.UK) + offer.label.substring(1));
        }
        lines.put("PTB_AGREED", "With a personal transport budget agreed");
        lines.put("MILEAGE_ACCEPTED", "With a mileage allowance accepted");
        var rows = lines.entrySet().stream().map(line -> {
            var count = counted.get(line.getKey());
            return new Row(line.getValue(), count == null ? List.<Number>of(0L, 0L, 0L) : List.<Number>of(count.children(), count.sen(), count.notSen()));
        }).toList();
        return new FigureTable("DfE home-to-school travel return, " + filter.year().label(), "Children",
                List.of(new Column("Children", true), new Column("With special educational needs", true),
                        new Column("Without special educational needs", true)),
                rows, List.of(
                        "Each child is counted once on a line, however many applications they had. The school and SEN filters do not apply.",
                        "Received: an application was sent in the year. Decided eligible and offered: the decision made in the year, or "
                                + "the offer as a review or appeal revised it.",
                        "Personal transport budget: the parent accepted the budget's agreement in the year (budgets module). Mileage "
                                + "allowance: the family accepted the allowance in the year (claims module). Counted separately, as the "
                                + "collection asks; a child with both is on both lines.",
                        "SEN: the application says there is an EHC plan (or one being assessed) or describes the child's needs."));
    }

    private static @Nullable BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
