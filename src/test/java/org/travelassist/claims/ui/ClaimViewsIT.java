package org.travelassist.claims.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.claims.AllowanceDetails;
import org.travelassist.claims.ClaimFixtures;
import org.travelassist.claims.ClaimStatus;
import org.travelassist.claims.Journeys;
import org.travelassist.claims.MileageAllowances;
import org.travelassist.claims.MileageClaims;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

/** The family's, the school's and the officers' claim pages, without a browser. */
class ClaimViewsIT extends BrowserlessViewTest {

    @Autowired MileageAllowances allowances;
    @Autowired MileageClaims claims;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired HouseholdAccess access;
    @Autowired BankAccounts bank;
    @Autowired MovableClock clock;

    @BeforeEach
    void decideInDecember() {
        clock.moveTo(ClaimFixtures.DECIDED); // the days claimed here are in December 2026
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_parent_accepts_the_allowance_then_claims_a_month_day_by_day_and_sees_the_amount_line_by_line() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        AllowanceDetails allowance = ClaimFixtures.awaitAllowance(allowances, family.householdId());

        navigate("claims/allowance/" + allowance.id(), AllowanceView.class);
        String page = $(org.travelassist.shared.ui.SummaryList.class).id("allowance-facts").getElement().getTextRecursively();
        assertThat(page).contains(allowance.miles()).contains("45p a mile").contains("Four legs");
        assertThat($(org.travelassist.shared.ui.RouteMap.class).first().getElement().getAttribute("aria-label"))
                .isEqualTo("Map of the road route from Home to Catmose College. The same route is described in words on this page.");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("bank-details-link").getHref())
                .isEqualTo("household/bank-details?continue=claims/allowance/" + allowance.id());
        test($(Button.class).id("accept")).click();
        assertThat(errorText()).contains("Give the bank account to pay into before you accept the allowance");

        ClaimFixtures.giveBankDetails(bank, family.householdId());
        navigate("claims/allowance/" + allowance.id(), AllowanceView.class);
        test($(Button.class).id("accept")).click();
        assertThat(claims.claimableMonths(allowance.id())).isNotEmpty();

        clock.moveTo(ClaimFixtures.NEW_YEAR);
        UUID draft = claims.open(allowance.id(), YearMonth.of(2026, 12));
        var view = navigate("claims/claim/" + draft, ClaimView.class);
        assertThat($(Paragraph.class).id("closed-2026-12-05").getText()).isEqualTo("Saturday 5 December: A weekend: the school is closed.");
        assertThat($(Paragraph.class).id("closed-2026-12-21").getText()).contains("Christmas holidays");
        assertThat($(Checkbox.class).id("day-2026-12-02").getValue()).as("term days ticked").isTrue();
        String before = $(Paragraph.class).id("total").getText();
        test($(Checkbox.class).id("day-2026-12-02")).click();
        @SuppressWarnings("unchecked")
        Select<Journeys> runs = $(Select.class).id("journeys-2026-12-03");
        test(runs).selectItem("Morning only");
        assertThat($(Paragraph.class).id("total").getText()).isNotEqualTo(before);
        assertThat($(UnorderedList.class).id("amount-lines").getElement().getTextRecursively()).contains("1 day × 2 legs × " + allowance.miles());
        test($(Button.class).id("send")).click();

        assertThat(claims.claim(draft).status()).isEqualTo(ClaimStatus.SENT);
        assertThat(claims.claim(draft).days()).extracting(day -> day.date().toString()).doesNotContain("2026-12-02");
        navigate(ClaimsView.class);
        assertThat($(ClaimList.class).id("claims").getElement().getTextRecursively())
                .contains("December 2026").contains("Sent").contains(claims.claim(draft).amount().formatted());
        assertThat(view).isNotNull();
    }

    @Test
    void where_the_policy_pays_by_term_the_allowance_offers_the_term_and_its_claim_shows_each_month_as_a_calendar() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        AllowanceDetails allowance = ClaimFixtures.awaitAllowance(allowances, family.householdId());
        ClaimFixtures.giveBankDetails(bank, family.householdId());
        allowances.accept(allowance.id());
        clock.moveTo(java.time.Instant.parse("2027-07-23T10:00:00Z")); // the test policy pays by term from 12 April 2027

        navigate("claims/allowance/" + allowance.id(), AllowanceView.class);
        assertThat($(Button.class).id("claim-term-2027-04-12").getText()).isEqualTo("Claim for Summer term 2027");
        test($(Button.class).id("claim-term-2027-04-12")).click();

        assertThat($(com.vaadin.flow.component.html.H1.class).id("heading").getText()).isEqualTo("Claim mileage for 12 April 2027 to 21 July 2027");
        assertThat($(com.vaadin.flow.component.html.H3.class).all()).extracting(com.vaadin.flow.component.html.H3::getText)
                .containsExactly("April 2027", "May 2027", "June 2027", "July 2027");
        assertThat($(Paragraph.class).id("closed-2027-06-01").getText()).contains("May half term");
        assertThat($(Checkbox.class).id("day-2027-07-21").getValue()).as("the term's last day ticked").isTrue();
        assertThat($(UnorderedList.class).id("amount-lines").getElement().getTextRecursively()).contains("× 4 legs × " + allowance.miles());
    }

    @Test
    void officers_open_the_claims_queue_and_school_staff_their_attendance_page_and_nobody_else() {
        TestUsers.newStaff(directory, "TransportOfficer");
        navigate(OfficerClaimsView.class);
        TestUsers.newStaff(directory, "SchoolStaff");
        assertThat(navigate(SchoolClaimsView.class).getElement().getTextRecursively()).contains("There are no claims to confirm.");
        navigate("officer/claims", NotFoundView.class);
        TestUsers.newParent(directory);
        navigate("officer/claims", NotFoundView.class);
        navigate("school/claims", NotFoundView.class);
        navigate("claims/claim/" + UUID.randomUUID(), NotFoundView.class);
        navigate("claims/allowance/not-an-id", NotFoundView.class);
        TestUsers.newStaff(directory, "FinanceOfficer");
        navigate("claims", NotFoundView.class);
    }

    private String errorText() {
        return $(org.travelassist.shared.ui.ErrorSummary.class).first().getElement().getTextRecursively();
    }
}
