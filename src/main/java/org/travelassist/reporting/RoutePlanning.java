package org.travelassist.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.Offer;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.SpreadsheetCells;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.RecordRead;

/**
 * The hand-off to route planners: a CSV of the children offered a seat on a shared vehicle now (the decision, or
 * the revised offer after a review or appeal), with what a route needs: the pick-up postcode, the school, the needs
 * that matter on the journey and the date the entitlement started. Officers only; each download is audited.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.OFFICER + "')")
public class RoutePlanning {

    public static final String HAND_OFF = "RoutePlanningHandOff";

    public record Csv(String fileName, String text, int children) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoutePlanning(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Csv sharedVehicleSeats() {
        var out = new StringWriter();
        int[] count = {0};
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("Reference", "Child", "Pick-up postcode", "School URN", "School", "Special educational needs",
                    "Medical needs on the journey", "Equipment when travelling", "Entitled from");
            jdbc.sql("""
                            select a.reference, a.child_name, a.answers ->> :postcode as postcode, a.school_urn, a.school_name, r.sen,
                                   a.answers ->> :medical as medical, a.answers ->> :equipment as equipment,
                                   coalesce((select (c.revised_at at time zone 'Europe/London')::date from challenge c
                                             where c.application_id = a.id and c.revised_at is not null order by c.stage desc limit 1),
                                            r.decided_on) as entitled_from,
                                   coalesce((select c.revised_offers from challenge c
                                             where c.application_id = a.id and c.revised_at is not null order by c.stage desc limit 1),
                                            a.decision_offers) as offers
                            from reporting_current_transport t
                            join application a on a.id = t.application_id
                            join reporting_application r on r.id = a.id
                            order by a.school_name, postcode, a.reference""")
                    .param("postcode", "homePostcode").param("medical", ApplicationQuestions.MEDICAL).param("equipment", ApplicationQuestions.EQUIPMENT)
                    .query(rs -> {
                        if (!("," + rs.getString("offers") + ",").contains("," + Offer.SHARED_VEHICLE.name() + ",")) {
                            return;
                        }
                        count[0]++;
                        try {
                            csv.printRecord(SpreadsheetCells.safe(rs.getString("reference")), SpreadsheetCells.safe(rs.getString("child_name")), SpreadsheetCells.safe(rs.getString("postcode")),
                                    SpreadsheetCells.safe(rs.getString("school_urn")), SpreadsheetCells.safe(rs.getString("school_name")), rs.getBoolean("sen") ? "Yes" : "No",
                                    SpreadsheetCells.safe(rs.getString("medical")), SpreadsheetCells.safe(rs.getString("equipment")), String.valueOf(rs.getObject("entitled_from")));
                        } catch (IOException impossible) {
                            throw new UncheckedIOException(impossible);
                        }
                    });
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        events.publishEvent(new RecordRead(HAND_OFF, "shared-vehicle-seats-" + GovukDates.today(clock), null,
                "shared vehicle seats for route planning: " + count[0] + " children"));
        return new Csv("shared-vehicle-seats-" + GovukDates.today(clock) + ".csv", out.toString(), count[0]);
    }
}
