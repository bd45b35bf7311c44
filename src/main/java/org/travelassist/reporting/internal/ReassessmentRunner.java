package org.travelassist.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.applications.EntitlementRechecks;
import org.travelassist.eligibility.EligibilityPolicies;
import org.travelassist.reporting.PhaseMoves;
import org.travelassist.reporting.PolicyYear;
import org.travelassist.reporting.ReassessmentRules;
import org.travelassist.reporting.ReportingSettings;
import org.travelassist.reporting.ReassessmentRules.Reason;
import org.travelassist.security.AppUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.RecordChanged;

/**
 * Runs the annual re-assessment: every child with transport now is checked again by applications (today's policy,
 * the stored facts) and the children whose entitlement would change are kept, with why, for officers. It changes
 * no decision and tells no family. Each run is audited with its counts.
 */
@Component
public class ReassessmentRunner {

    public static final String RUN = "ReassessmentRun";
    private static final String NOT_CHECKED = "Could not be checked";
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final JdbcClient jdbc;
    private final EntitlementRechecks rechecks;
    private final EligibilityPolicies policies;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcTemplate batch;
    private final int yearStartsMonth;

    ReassessmentRunner(JdbcClient jdbc, JdbcTemplate batch, EntitlementRechecks rechecks, EligibilityPolicies policies, Clock clock,
            ApplicationEventPublisher events, TransactionTemplate transactions, ReportingSettings settings) {
        this.batch = batch;
        this.yearStartsMonth = settings.policyYearStartsMonth();
        this.jdbc = jdbc;
        this.rechecks = rechecks;
        this.policies = policies;
        this.clock = clock;
        this.events = events;
        this.transactions = transactions;
    }

    private record Child(UUID applicationId, String reference, String childName, @Nullable String schoolName,
            @Nullable LocalDate dateOfBirth, LocalDate decidedOn, PhaseMoves.@Nullable School school) {}

    private record Line(Child child, String decided, String foundNow, String why, PhaseMoves.@Nullable Move move) {}

    /** Checks every child with transport now; returns the run's id. The caller's rights are checked by rechecks. */
    public UUID run(Reason reason, @Nullable AppUser by) {
        Instant started = clock.instant();
        String policy = policies.inForce(GovukDates.today(clock)).version();
        PolicyYear year = PolicyYear.containing(GovukDates.today(clock), yearStartsMonth);
        // The decision a child's transport rests on is the latest revision after a review or appeal, else the first.
        var children = jdbc.sql("""
                        select t.application_id, a.reference, a.child_name, a.school_name, a.answers ->> 'dateOfBirth' as date_of_birth,
                               coalesce((select max(c.revised_at) from challenge c where c.application_id = a.id), a.decided_at) as decided_at,
                               s.name as register_name, s.low_age, s.high_age
                        from reporting_current_transport t join application a on a.id = t.application_id
                        left join school s on s.urn = a.school_urn
                        order by a.child_name, a.reference""")
                .query((rs, n) -> new Child(rs.getObject("application_id", UUID.class), String.valueOf(rs.getString("reference")),
                        rs.getString("child_name"), rs.getString("school_name"), dateOrNull(rs.getString("date_of_birth")),
                        rs.getTimestamp("decided_at").toInstant().atZone(GovukDates.LONDON).toLocalDate(),
                        rs.getString("register_name") == null ? null
                                : new PhaseMoves.School(rs.getString("register_name"), rs.getInt("low_age"), rs.getInt("high_age"))))
                .list();
        // Each check routes on the graph in memory and reads one application: spread over the cores, in the caller's name.
        var pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(THREADS));
        List<Optional<Line>> checked;
        try {
            var futures = children.stream().map(child -> pool.submit(() -> check(child, year))).toList();
            checked = new ArrayList<>(futures.size());
            for (var future : futures) {
                checked.add(future.get());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The re-assessment was interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("The re-assessment failed", failed.getCause());
        } finally {
            pool.shutdownNow();
        }
        var lines = checked.stream().flatMap(Optional::stream).toList();
        int notChecked = (int) lines.stream().filter(line -> line.foundNow().equals(NOT_CHECKED)).count();
        int skipped = notChecked;
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            insert into reassessment_run (id, started_at, finished_at, reason, policy_version, run_by, run_by_name,
                                children_checked, children_changed, not_checked)
                            values (:id, :started, :finished, :reason, :policy, :by, :byName, :checked, :changed, :notChecked)""")
                    .param("id", id).param("started", java.sql.Timestamp.from(started)).param("finished", java.sql.Timestamp.from(clock.instant()))
                    .param("reason", reason.name()).param("policy", policy).param("by", by == null ? null : by.id())
                    .param("byName", by == null ? null : by.displayName()).param("checked", children.size() - skipped)
                    .param("changed", lines.size() - skipped).param("notChecked", skipped)
                    .update();
            batch.batchUpdate("""
                            insert into reassessment_change (id, run_id, application_id, reference, child_name, school_name, decided,
                                found_now, why, phase_move)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines, 1000, (statement, line) -> {
                statement.setObject(1, UUID.randomUUID());
                statement.setObject(2, id);
                statement.setObject(3, line.child().applicationId());
                statement.setString(4, line.child().reference());
                statement.setString(5, line.child().childName());
                statement.setString(6, line.child().schoolName());
                statement.setString(7, cut(line.decided(), 1000));
                statement.setString(8, cut(line.foundNow(), 1000));
                statement.setString(9, cut(line.why(), 4000));
                statement.setString(10, line.move() == null ? null : line.move().label());
            });
            var after = new LinkedHashMap<String, @Nullable String>();
            after.put("reason", reason.name());
            after.put("policyVersion", policy);
            after.put("childrenChecked", String.valueOf(children.size() - skipped));
            after.put("childrenChanged", String.valueOf(lines.size() - skipped));
            after.put("notChecked", String.valueOf(skipped));
            after.put("phaseMoves", String.valueOf(lines.stream().filter(line -> line.move() != null).count()));
            events.publishEvent(RecordChanged.created(RUN, id, null, after));
        });
        return id;
    }

    private Optional<Line> check(Child child, PolicyYear year) {
        PhaseMoves.@Nullable Move move = child.dateOfBirth() == null ? null
                : PhaseMoves.since(child.dateOfBirth(), child.decidedOn(), year, child.schoolName(), child.school()).orElse(null);
        try {
            var change = ReassessmentRules.compare(rechecks.recheck(child.applicationId()));
            if (change.isPresent()) {
                return Optional.of(new Line(child, change.get().decided(), change.get().foundNow(),
                        (move == null ? "" : move.why() + " ") + String.join(" ", change.get().why()), move));
            }
            if (move != null) {
                // The rules still find the child eligible, but the decision was for the earlier phase: an officer looks.
                return Optional.of(new Line(child, "Eligible, decided on " + GovukDates.day(child.decidedOn()) + " in Year " + move.yearThen(),
                        "Year " + move.yearNow() + " (" + move.to().label + ") from " + GovukDates.day(move.on()), move.why(), move));
            }
            return Optional.empty();
        } catch (RuntimeException failed) {
            // One child's missing postcode or school must not stop the run: the officer sees it in the list.
            return Optional.of(new Line(child, "As decided", NOT_CHECKED, (move == null ? "" : move.why() + " ")
                    + "Could not be checked: " + Optional.ofNullable(failed.getMessage()).orElse(failed.getClass().getSimpleName()), move));
        }
    }

    private static @Nullable LocalDate dateOrNull(@Nullable String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String cut(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }

    /** When the last run started (the day in England) and under which policy; empty before the first. */
    public Optional<ReassessmentRules.LastRun> lastRun() {
        return jdbc.sql("select started_at, policy_version from reassessment_run order by started_at desc limit 1")
                .query((rs, n) -> new ReassessmentRules.LastRun(rs.getTimestamp("started_at").toInstant().atZone(GovukDates.LONDON).toLocalDate(),
                        rs.getString("policy_version")))
                .optional();
    }

    public String policyInForce(LocalDate day) {
        return policies.inForce(day).version();
    }
}
