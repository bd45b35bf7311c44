package org.travelassist.payments.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.IntegrationTest;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

@IntegrationTest
class PaymentsViewIT extends SpringBrowserlessTest {

    @Autowired AppUserDirectory directory;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void finance_officers_open_the_payments_page() {
        TestUsers.newStaff(directory, "FinanceOfficer");
        navigate(PaymentsView.class);
    }

    @Test
    void officers_and_parents_cannot_open_the_payments_page() {
        TestUsers.newStaff(directory, "TransportOfficer");
        navigate("finance/payments", NotFoundView.class);
        TestUsers.newParent(directory);
        navigate("finance/payments", NotFoundView.class);
    }
}
