package org.travelassist.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.travelassist.reporting.RoutePlanning;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.MainLayout;

/** The route planners' hand-off: a CSV of the children offered a seat on a shared vehicle, made when downloaded. */
@Route("officer/route-planning")
@PageTitle("Route planning - " + MainLayout.SERVICE_NAME)
@Menu(title = "Route planning", order = 59)
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class RoutePlanningView extends Div {

    RoutePlanningView(RoutePlanning routePlanning) {
        addClassName("ta-wide");
        var lead = new Paragraph("Every child offered a seat on a shared vehicle now, with the pick-up postcode, the school, the needs "
                + "that matter on the journey and the date the entitlement started, for the route planning tool. The file holds "
                + "children's personal data: keep it only where the council's route planners work. Each download is recorded.");
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var csv = routePlanning.sharedVehicleSeats();
            byte[] bytes = csv.text().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), csv.fileName(), "text/csv; charset=UTF-8", bytes.length);
        }), "Download the children for route planning (CSV)");
        download.setId("route-planning-csv");
        add(new H1("Route planning"), lead, download);
    }
}
