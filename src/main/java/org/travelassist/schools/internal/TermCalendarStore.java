package org.travelassist.schools.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.travelassist.schools.SchoolYear;
import org.travelassist.schools.TermCalendar;
import org.travelassist.schools.TermPeriod;

/** The term_calendar and term_calendar_period tables. */
@Repository
public class TermCalendarStore {

    private final JdbcTemplate jdbc;

    TermCalendarStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The calendar of a school (or the council's, for a null URN) for a year, if one is held. */
    public Optional<TermCalendar> find(@Nullable String urn, SchoolYear year) {
        List<TermCalendar> found = urn == null
                ? calendars("where school_urn is null and school_year = ?", year.startYear())
                : calendars("where school_urn = ? and school_year = ?", urn, year.startYear());
        return found.stream().findFirst();
    }

    /** Every school's own calendar for a year (not the council's). */
    public List<TermCalendar> schoolsOwn(SchoolYear year) {
        return calendars("where school_urn is not null and school_year = ?", year.startYear());
    }

    /** The years for which the council or any school holds term dates. */
    public List<SchoolYear> years() {
        return jdbc.queryForList("select distinct school_year from term_calendar order by school_year", Integer.class)
                .stream().map(SchoolYear::new).toList();
    }

    /** Takes the place of the calendar held for the same school (or the council) and year, if any. */
    public void replace(TermCalendar calendar, @Nullable UUID loadedById) {
        delete(calendar.schoolUrn(), calendar.year());
        jdbc.update("insert into term_calendar (id, school_urn, school_year, source, loaded_by, loaded_by_name, loaded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                calendar.id(), calendar.schoolUrn(), calendar.year().startYear(), calendar.source(), loadedById, calendar.loadedBy(),
                Timestamp.from(calendar.loadedAt()));
        var batch = new ArrayList<Object[]>();
        for (TermPeriod period : calendar.periods()) {
            batch.add(new Object[] {UUID.randomUUID(), calendar.id(), period.kind().name(), period.name(), period.firstDay(), period.lastDay()});
        }
        jdbc.batchUpdate("insert into term_calendar_period (id, calendar_id, kind, name, first_day, last_day) values (?, ?, ?, ?, ?, ?)", batch);
    }

    public boolean delete(@Nullable String urn, SchoolYear year) {
        int deleted = urn == null
                ? jdbc.update("delete from term_calendar where school_urn is null and school_year = ?", year.startYear())
                : jdbc.update("delete from term_calendar where school_urn = ? and school_year = ?", urn, year.startYear());
        return deleted > 0;
    }

    private List<TermCalendar> calendars(String where, Object... arguments) {
        record Head(UUID id, @Nullable String urn, int year, String source, String loadedBy, Instant loadedAt) {}
        List<Head> heads = jdbc.query("select id, school_urn, school_year, source, loaded_by_name, loaded_at from term_calendar " + where
                        + " order by school_urn nulls first, school_year",
                (rs, row) -> new Head(rs.getObject("id", UUID.class), rs.getString("school_urn"), rs.getInt("school_year"),
                        rs.getString("source"), rs.getString("loaded_by_name"), rs.getTimestamp("loaded_at").toInstant()),
                arguments);
        var calendars = new ArrayList<TermCalendar>();
        for (Head head : heads) {
            List<TermPeriod> periods = jdbc.query("select kind, name, first_day, last_day from term_calendar_period where calendar_id = ?",
                    (rs, row) -> new TermPeriod(TermPeriod.Kind.valueOf(rs.getString("kind")), rs.getString("name"),
                            rs.getObject("first_day", java.time.LocalDate.class), rs.getObject("last_day", java.time.LocalDate.class)),
                    head.id());
            calendars.add(new TermCalendar(head.id(), head.urn(), new SchoolYear(head.year()), head.source(), periods, head.loadedBy(), head.loadedAt()));
        }
        return calendars;
    }
}
