package org.travelassist.reporting;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.travelassist.reporting.internal.ReassessmentRunner;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;

/**
 * The annual re-assessment for officers: the latest run's list, and a run on demand. The nightly job also runs it
 * at the policy year's start and after a policy change. A listed child's decision stands, and the family hears
 * nothing, until an officer acts on the case.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.OFFICER + "')")
public class Reassessments {

    private final ReassessmentRunner runner;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    Reassessments(ReassessmentRunner runner, JdbcClient jdbc, CurrentUser currentUser) {
        this.runner = runner;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** Checks every child with transport now, as the officer asking; returns what it found. */
    public ReassessmentReport runNow() {
        UUID id = runner.run(ReassessmentRules.Reason.ON_DEMAND, currentUser.require());
        return report(id).orElseThrow();
    }

    public Optional<ReassessmentReport> latest() {
        return jdbc.sql("select id from reassessment_run order by started_at desc limit 1").query(UUID.class).optional()
                .flatMap(this::report);
    }

    private Optional<ReassessmentReport> report(UUID id) {
        var lines = jdbc.sql("""
                        select application_id, reference, child_name, school_name, decided, found_now, why, phase_move
                        from reassessment_change where run_id = :run order by child_name, reference""")
                .param("run", id)
                .query((rs, n) -> new ReassessmentReport.Line(rs.getObject("application_id", UUID.class), rs.getString("reference"),
                        rs.getString("child_name"), rs.getString("school_name"), rs.getString("decided"), rs.getString("found_now"),
                        rs.getString("why"), rs.getString("phase_move")))
                .list();
        return jdbc.sql("select * from reassessment_run where id = :id").param("id", id)
                .query((rs, n) -> new ReassessmentReport(id, rs.getTimestamp("started_at").toInstant(),
                        ReassessmentRules.Reason.valueOf(rs.getString("reason")), rs.getString("policy_version"), rs.getString("run_by_name"),
                        rs.getInt("children_checked"), rs.getInt("children_changed"), rs.getInt("not_checked"), lines))
                .optional();
    }
}
