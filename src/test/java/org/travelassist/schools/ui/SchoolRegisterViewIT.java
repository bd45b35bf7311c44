package org.travelassist.schools.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.schools.School;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ImportReport;
import org.travelassist.shared.ui.NotFoundView;

class SchoolRegisterViewIT extends BrowserlessViewTest {

    @Autowired SchoolRegister register;

    @Test
    void officers_see_the_register_and_an_import_report_with_line_numbers() {
        TestUsers.newStaff(directory, "TransportOfficer");
        SchoolRegisterView view = navigate(SchoolRegisterView.class);
        assertThat(test(view.schools).size()).isEqualTo(25);

        view.showReport(new ImportReport("edubasealldata.csv", 24, 1, List.of(new ImportReport.Problem(7, "No valid URN: 'ABC'"))));
        assertThat(view.report.getElement().getTextRecursively())
                .contains("Imported 24 open schools from edubasealldata.csv. 1 rows could not be used:")
                .contains("Line 7: No valid URN: 'ABC'");
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
