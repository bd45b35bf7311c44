package org.travelassist.schools.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.schools.School;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.security.TestUsers;
import org.travelassist.schools.SchoolFixtures;
import org.travelassist.schools.SchoolImports;
import org.travelassist.shared.ui.NotFoundView;

class SchoolRegisterViewIT extends BrowserlessViewTest {

    @Autowired SchoolRegister register;

    @Autowired SchoolImports imports;

    @AfterEach
    void restoreRutland() throws IOException {
        SchoolFixtures.restoreRutland(imports);
    }

    @Test
    void an_officer_checks_a_file_and_only_a_senior_officer_can_apply_it() throws IOException {
        TestUsers.newStaff(directory, "TransportOfficer");
        SchoolRegisterView view = navigate(SchoolRegisterView.class);
        assertThat(test(view.schools).size()).isEqualTo(25);
        try (InputStream in = Files.newInputStream(SchoolFixtures.rutlandWithRename("Brooke Priory School", "Brooke Priory Prep School"))) {
            view.importPanel.show(imports.stage("edubasealldata.csv", in));
        }
        assertThat(view.importPanel.report.getElement().getTextRecursively())
                .contains("Checked: applying it would mean 0 schools added, 1 changed, 0 closed, 0 rows not used. The register has not changed yet.")
                .contains("Schools changed (1)")
                .contains("Brooke Priory Prep School (URN ").contains("): name")
                .contains("A senior transport officer must apply this import");
        assertThat($(Button.class).withId("confirm-import").all()).isEmpty();

        TestUsers.newStaff(directory, "SeniorTransportOfficer");
        view = navigate(SchoolRegisterView.class); // the file waits on the page for the senior officer
        assertThat(view.importPanel.report.getElement().getTextRecursively()).contains("Schools changed (1)");
        test($(Button.class).id("confirm-import")).click();
        assertThat(view.importPanel.report.getElement().getTextRecursively()).contains("Applied by Test staff");
        assertThat(register.openSchools()).extracting(School::name).contains("Brooke Priory Prep School");
        test(view.search).setValue("Brooke Priory");
        assertThat(test(view.schools).getRow(0).name()).isEqualTo("Brooke Priory Prep School");
    }

    @Test
    void an_officer_records_a_gate_and_removes_it() {
        TestUsers.newStaff(directory, "SeniorTransportOfficer");
        SchoolRegisterView view = navigate(SchoolRegisterView.class);
        test(view.search).setValue("Casterton College");
        School casterton = test(view.schools).getRow(0);
        test(view.schools).select(0);

        test(view.gateName).setValue("North gate");
        test(view.easting).setValue("not a number");
        test(view.northing).setValue("309900");
        test(view.addGate).click();
        assertThat(view.gateProblem.isVisible()).isTrue();
        assertThat(view.gateProblem.getText()).isEqualTo("Enter the easting in metres, like 485757");

        test(view.easting).setValue("500269");
        test(view.addGate).click();
        var gates = register.find(casterton.urn()).orElseThrow().accessPoints();
        assertThat(gates).singleElement().satisfies(gate -> assertThat(gate.name()).isEqualTo("North gate"));

        register.removeAccessPoint(casterton.urn(), gates.getFirst().id());
        assertThat(register.find(casterton.urn()).orElseThrow().accessPoints()).isEmpty();
    }

    @Test
    void parents_and_finance_cannot_open_the_register() {
        TestUsers.newParent(directory);
        navigate("officer/schools", NotFoundView.class);
        TestUsers.newStaff(directory, "FinanceOfficer");
        navigate("officer/schools", NotFoundView.class);
    }
}
