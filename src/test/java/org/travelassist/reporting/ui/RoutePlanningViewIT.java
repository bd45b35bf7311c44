package org.travelassist.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

class RoutePlanningViewIT extends BrowserlessViewTest {

    @Test
    void officers_get_the_download_and_managers_and_parents_cannot_open_it() {
        TestUsers.newStaff(directory, "TransportOfficer");
        navigate(RoutePlanningView.class);
        assertThat($(Anchor.class).id("route-planning-csv").getText()).isEqualTo("Download the children for route planning (CSV)");
        TestUsers.newStaff(directory, "TransportManager");
        navigate("officer/route-planning", NotFoundView.class);
        TestUsers.newParent(directory);
        navigate("officer/route-planning", NotFoundView.class);
    }
}
