package org.travelassist.schools;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.schools.internal.TermCalendarCsv;
import org.travelassist.schools.internal.TermCalendarStore;
import org.travelassist.security.AppRoles;
import org.travelassist.security.AppUser;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ImportReport;
import org.travelassist.shared.RecordChanged;

/**
 * Term dates per school: the council's standard calendar for each school year, and a school's own where it
 * differs, which replaces the council's for that school. Anyone may read them (they are published dates); only
 * officers load or remove a calendar, through a checked file that is applied whole or not at all.
 */
@Service
@PreAuthorize("permitAll()")
public class TermCalendars {

    /** The longest range {@link #schoolDays} answers at once: a school year and a bit. */
    public static final int MAX_DAYS = 400;

    static final String COUNCIL_CALENDAR = "The council's standard calendar";
    static final String START_UP = "Start-up import";
    private static final String OFFICERS = "hasAnyRole('" + AppRoles.OFFICER + "', '" + AppRoles.SENIOR_OFFICER + "')";

    private final TermCalendarStore store;
    private final SchoolRegister register;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TermCalendars(TermCalendarStore store, SchoolRegister register, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.register = register;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Each date from {@code from} to {@code to} (both included) at the school: open, or closed and why. The school's
     * own calendar for a school year is used where it has one, otherwise the council's.
     */
    @Transactional(readOnly = true)
    public SchoolDays schoolDays(String urn, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends on " + to + ", before it starts on " + from);
        }
        if (from.plusDays(MAX_DAYS - 1).isBefore(to)) {
            throw new IllegalArgumentException("Ask for " + MAX_DAYS + " days or fewer at once");
        }
        Map<SchoolYear, Optional<TermCalendar>> calendars = new LinkedHashMap<>();
        var days = new ArrayList<SchoolDay>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            TermCalendar calendar = calendars.computeIfAbsent(SchoolYear.of(day), year -> calendarFor(urn, year)).orElse(null);
            days.add(TermCalendarRules.dayOn(day, calendar));
        }
        return new SchoolDays(urn, days);
    }

    /** The calendar that applies to a school for a year: its own, or else the council's. */
    @Transactional(readOnly = true)
    public Optional<TermCalendar> calendarFor(String urn, SchoolYear year) {
        return store.find(urn, year).or(() -> store.find(null, year));
    }

    @Transactional(readOnly = true)
    public Optional<TermCalendar> ownCalendar(String urn, SchoolYear year) {
        return store.find(urn, year);
    }

    @Transactional(readOnly = true)
    public Optional<TermCalendar> councilCalendar(SchoolYear year) {
        return store.find(null, year);
    }

    /** The URNs of the schools with their own calendar for a year. */
    @Transactional(readOnly = true)
    public List<String> schoolsWithOwnCalendar(SchoolYear year) {
        return store.schoolsOwn(year).stream().map(TermCalendar::schoolUrn).filter(java.util.Objects::nonNull).toList();
    }

    /** The school years for which any term dates are held, earliest first. */
    @Transactional(readOnly = true)
    public List<SchoolYear> years() {
        return store.years();
    }

    /**
     * Reads and checks a calendar file for a school (or, with a null URN, the council's standard calendar) and year.
     * Changes nothing: the officer sees what it holds and every problem by line, then applies it.
     */
    @PreAuthorize(OFFICERS)
    @Transactional(readOnly = true)
    public TermCalendarCheck check(@Nullable String urn, SchoolYear year, String fileName, InputStream in) {
        String calendarOf = calendarOf(urn);
        TermCalendarCsv.Parsed parsed = TermCalendarCsv.parse(in);
        var problems = new ArrayList<>(parsed.problems());
        if (problems.stream().noneMatch(problem -> problem.line() <= 1)) {
            problems.addAll(TermCalendarRules.problems(year, parsed.rows()));
        }
        problems.sort(java.util.Comparator.comparingLong(ImportReport.Problem::line));
        return new TermCalendarCheck(urn, calendarOf, year, fileName, parsed.rows(), problems, store.find(urn, year).orElse(null));
    }

    /** Applies a checked calendar, checked again here, in place of the one held for that school (or council) and year. */
    @PreAuthorize(OFFICERS)
    @Transactional
    public TermCalendar apply(TermCalendarCheck checked) {
        calendarOf(checked.schoolUrn());
        var problems = TermCalendarRules.problems(checked.year(), checked.rows());
        if (!problems.isEmpty() || checked.rows().isEmpty()) {
            throw new IllegalArgumentException("The calendar cannot be applied: " + problems.stream()
                    .map(problem -> "line " + problem.line() + ": " + problem.reason()).collect(Collectors.joining("; ")));
        }
        AppUser officer = currentUser.require();
        return store(checked.schoolUrn(), checked.year(), checked.source(), checked.periods(), officer.id(), officer.displayName());
    }

    /** The school goes back to the council's standard calendar for that year. */
    @PreAuthorize(OFFICERS)
    @Transactional
    public void removeOwnCalendar(String urn, SchoolYear year) {
        TermCalendar own = store.find(urn, year)
                .orElseThrow(() -> new IllegalArgumentException("School " + urn + " has no calendar of its own for " + year));
        store.delete(urn, year);
        events.publishEvent(RecordChanged.deleted("TermCalendar", own.id(), null, snapshot(own)));
    }

    /**
     * The council's standard calendar from a file named in configuration (demo data, or the council's own file), for
     * the school year of its first term. A year the council already holds dates for is left as it is.
     */
    @Transactional
    ImportReport loadCouncilCalendar(String source, InputStream in) {
        TermCalendarCsv.Parsed parsed = TermCalendarCsv.parse(in);
        var firstTerm = parsed.rows().stream().map(TermCalendarRules.Row::period).filter(period -> period.kind() == TermPeriod.Kind.TERM)
                .map(TermPeriod::firstDay).min(LocalDate::compareTo);
        if (firstTerm.isEmpty()) {
            var problems = new ArrayList<>(parsed.problems());
            problems.add(new ImportReport.Problem(0, "The file has no term"));
            return new ImportReport(source, 0, parsed.rows().size(), problems);
        }
        SchoolYear year = SchoolYear.of(firstTerm.get());
        var problems = new ArrayList<>(parsed.problems());
        problems.addAll(TermCalendarRules.problems(year, parsed.rows()));
        if (!problems.isEmpty()) {
            return new ImportReport(source, 0, parsed.rows().size(), problems);
        }
        if (store.find(null, year).isPresent()) {
            return new ImportReport(source, 0, 0, List.of(new ImportReport.Problem(0,
                    "The council's calendar for " + year + " is already held; this file was not applied")));
        }
        store(null, year, source, parsed.rows().stream().map(TermCalendarRules.Row::period).toList(), null, START_UP);
        return new ImportReport(source, parsed.rows().size(), 0, List.of());
    }

    private TermCalendar store(@Nullable String urn, SchoolYear year, String source, List<TermPeriod> periods,
            @Nullable UUID loadedById, String loadedBy) {
        // to the microsecond, as PostgreSQL keeps it, so the calendar returned equals the one read back
        var calendar = new TermCalendar(UUID.randomUUID(), urn, year, source, periods, loadedBy,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        store.find(urn, year).ifPresent(old -> events.publishEvent(RecordChanged.deleted("TermCalendar", old.id(), null, snapshot(old))));
        store.replace(calendar, loadedById);
        events.publishEvent(RecordChanged.created("TermCalendar", calendar.id(), null, snapshot(calendar)));
        return calendar;
    }

    private String calendarOf(@Nullable String urn) {
        if (urn == null) {
            return COUNCIL_CALENDAR;
        }
        return register.find(urn).map(School::name)
                .orElseThrow(() -> new IllegalArgumentException("No open school with URN " + urn));
    }

    private static Map<String, @Nullable String> snapshot(TermCalendar calendar) {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("school", calendar.schoolUrn() == null ? "council" : calendar.schoolUrn());
        fields.put("schoolYear", calendar.year().toString());
        fields.put("source", calendar.source());
        fields.put("periods", calendar.periods().stream()
                .map(period -> period.kind().label() + " " + period.name() + " " + GovukDates.day(period.firstDay())
                        + (period.lastDay().equals(period.firstDay()) ? "" : " to " + GovukDates.day(period.lastDay())))
                .collect(Collectors.joining("; ")));
        return fields;
    }
}
