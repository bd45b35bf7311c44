package org.travelassist.payments.ui;

import org.junit.jupiter.api.Test;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

class PaymentsViewIT extends BrowserlessViewTest {

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
