package org.travelassist.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.TestMailServer;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.DecisionFollowUps;
import org.travelassist.budgets.BudgetFixtures;
import org.travelassist.payments.stripe.local.FakeStripe;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/**
 * Money in, end to end below the browser: an officer's charge, a parent paying on the fake's Checkout page, the
 * signed webhook marking it paid in the ledger once, a refund with a reason; and who may do what, across households
 * and roles. The fake checks every request the portal sends Stripe.
 */
@IntegrationTest
class CardPaymentsIT {

    @Autowired AppUserDirectory directory;
    @Autowired HouseholdService households;
    @Autowired HouseholdAccess access;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired Charges charges;
    @Autowired FamilyCharges familyCharges;
    @Autowired AdviserConsents consents;
    @Autowired FakeStripe fake;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate jdbcTemplate;
    @Autowired MovableClock clock;
    @Autowired List<DecisionFollowUps> followUps;

    final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void clock() {
        clock.reset(); // webhook signatures are checked against this clock
    }

    LocalDate today() {
        return GovukDates.today(clock);
    }

    /** A decided application with a charge of £100.00 in 3 (£33.34, £33.33, £33.33); the officer is signed in. */
    record Charged(ContributionFixtures.Decided family, ChargeDetails charge) {}

    Charged charged() {
        var family = ContributionFixtures.decided(directory, households, access, applications, casework, charges);
        UUID id = charges.set(family.applicationId(), ContributionFixtures.form(ChargeKind.SPARE_SEAT, "£100", 3, today().plusDays(7),
                "A spare seat on the route 12 minibus, at the council's spare seat charge."));
        return new Charged(family, charges.charge(id));
    }

    /** The parent pays on the fake's Checkout page, which sends the browser back to the portal. */
    String payOnCheckoutPage(String checkoutUrl) throws Exception {
        var response = browser.send(HttpRequest.newBuilder(URI.create(checkoutUrl + "/pay")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(303);
        return response.headers().firstValue("Location").orElseThrow();
    }

    void awaitStatus(UUID chargeId, int number, InstalmentStatus status) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select status from contribution_instalment where charge_id = :charge and number = :number")
                        .param("charge", chargeId).param("number", number).query(String.class).single(), status.name()::equals);
    }

    long entries(String key) {
        return jdbc.sql("select count(*) from ledger_entry where idempotency_key = :key").param("key", key).query(Long.class).single();
    }

    @Test
    void a_parent_pays_an_instalment_through_checkout_and_the_webhook_marks_it_paid_in_the_ledger_once() throws Exception {
        var charged = charged();
        var first = charged.charge().instalments().getFirst();
        assertThat(charged.charge().instalments()).extracting(i -> i.amount().formatted()).containsExactly("£33.34", "£33.33", "£33.33");

        TestUsers.actAs(charged.family().parent());
        String url = familyCharges.pay(first.id());
        assertThat(familyCharges.pay(first.id())).as("a second click: the same open session").isEqualTo(url);
        assertThat(url).startsWith(fake.apiBase() + "/checkout/cs_test_");

        String sessionId = url.substring(url.lastIndexOf('/') + 1);
        var session = fake.checkoutSession(sessionId);
        assertThat(session.get("amount_total").getAsLong()).isEqualTo(3334);
        assertThat(session.get("currency").getAsString()).isEqualTo("gbp");
        assertThat(session.getAsJsonObject("metadata").get("reference").getAsString()).isEqualTo(first.id().toString());
        assertThat(session.get("success_url").getAsString()).endsWith("/pay/" + first.id() + "?paid");

        String back = payOnCheckoutPage(url);
        assertThat(back).endsWith("/pay/" + first.id() + "?paid");
        awaitStatus(charged.charge().id(), 1, InstalmentStatus.PAID);
        assertThat(familyCharges.charge(charged.charge().id()).instalments().getFirst().paidOn()).isEqualTo(today());
        assertThat(entries("received:" + first.id())).isEqualTo(1);
        assertThat(jdbc.sql("""
                select sum(l.amount_pence) from ledger_line l join ledger_entry e on e.id = l.entry_id
                where e.idempotency_key = :key and l.account = 'FAMILY_CHARGES'""").param("key", "received:" + first.id())
                .query(Long.class).single()).isEqualTo(-3334);

        // Stripe sends the event again: stored once, posted once.
        String eventId = jdbc.sql("select event_id from stripe_webhook_event where object_id = :id and type = 'checkout.session.completed'")
                .param("id", sessionId).query(String.class).single();
        String payload = jdbc.sql("select payload from stripe_webhook_event where event_id = :id").param("id", eventId).query(String.class).single();
        var again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(webhookUrl()))
                .header("Stripe-Signature", fake.sign(payload, clock.instant().getEpochSecond()))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.body()).isEqualTo("Already received");
        assertThat(entries("received:" + first.id())).isEqualTo(1);

        assertThatThrownBy(() -> familyCharges.pay(first.id())).isInstanceOf(InvalidChargeException.class).hasMessage("This has been paid already");
        assertThat(TestMailServer.awaitMailTo(parentEmail(charged), "We received your payment of £33.34")).contains("£33.34");
        assertThat(fake.violations()).isEmpty();
    }

    @Test
    void a_cancelled_or_expired_checkout_leaves_the_instalment_unpaid_and_the_next_try_is_a_new_session() throws Exception {
        var charged = charged();
        var first = charged.charge().instalments().getFirst();
        TestUsers.actAs(charged.family().parent());
        String url = familyCharges.pay(first.id());
        String sessionId = url.substring(url.lastIndexOf('/') + 1);

        var cancel = browser.send(HttpRequest.newBuilder(URI.create(url + "/cancel")).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(cancel.headers().firstValue("Location").orElseThrow()).endsWith("/pay/" + first.id() + "?cancelled");
        fake.expireSession(sessionId);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from stripe_webhook_event where object_id = :id and type = 'checkout.session.expired' and processed_at is not null")
                .param("id", sessionId).query(Long.class).single() == 1);

        TestUsers.actAs(charged.family().officer());
        assertThat(charges.charge(charged.charge().id()).instalments().getFirst().status()).isEqualTo(InstalmentStatus.DUE);
        assertThat(entries("received:" + first.id())).isZero();
        TestUsers.actAs(charged.family().parent());
        String next = familyCharges.pay(first.id());
        assertThat(next).isNotEqualTo(url);
        payOnCheckoutPage(next);
        TestUsers.actAs(charged.family().officer());
        awaitStatus(charged.charge().id(), 1, InstalmentStatus.PAID);
        assertThat(fake.violations()).isEmpty();
    }

    @Test
    void an_officer_refunds_a_paid_instalment_with_a_reason_once_as_a_reversing_entry_and_the_family_is_emailed() throws Exception {
        var charged = charged();
        var first = charged.charge().instalments().getFirst();
        TestUsers.actAs(charged.family().parent());
        payOnCheckoutPage(familyCharges.pay(first.id()));
        TestUsers.actAs(charged.family().officer());
        awaitStatus(charged.charge().id(), 1, InstalmentStatus.PAID);

        assertThatThrownBy(() -> charges.refund(first.id(), "  ")).isInstanceOf(InvalidChargeException.class)
                .hasMessageContaining("Enter the reason");
        assertThatThrownBy(() -> charges.refund(charged.charge().instalments().get(1).id(), "Not paid yet"))
                .isInstanceOf(InvalidChargeException.class).hasMessageContaining("Only a paid instalment");
        int refundsBefore = fake.refunds().size();
        var refunded = charges.refund(first.id(), "The route 12 minibus was withdrawn in October.");

        assertThat(refunded.instalments().getFirst().status()).isEqualTo(InstalmentStatus.REFUNDED);
        assertThat(refunded.instalments().getFirst().refundReason()).isEqualTo("The route 12 minibus was withdrawn in October.");
        assertThat(fake.refunds()).hasSize(refundsBefore + 1);
        var refund = fake.refunds().stream().filter(r -> r.getAsJsonObject("metadata").get("reference").getAsString()
                .equals(first.id().toString())).toList();
        assertThat(refund).hasSize(1);
        assertThat(refund.getFirst().get("amount").getAsLong()).isEqualTo(3334);
        assertThat(entries("refunded:" + first.id())).isEqualTo(1);
        assertThat(jdbc.sql("select reverses from ledger_entry where idempotency_key = :key").param("key", "refunded:" + first.id())
                .query(String.class).single()).isEqualTo("received:" + first.id());
        assertThatThrownBy(() -> charges.refund(first.id(), "Again")).isInstanceOf(InvalidChargeException.class);
        assertThat(fake.refunds()).hasSize(refundsBefore + 1);
        assertThat(TestMailServer.awaitMailTo(parentEmail(charged), "The route 12 minibus was withdrawn"))
                .contains("We have refunded £33.34 to your card");
        assertThat(fake.violations()).isEmpty();
    }

    @Test
    void only_a_parent_of_the_household_pays_an_adviser_with_consent_only_sees_and_nobody_else_sees_anything() {
        var charged = charged();
        var first = charged.charge().instalments().getFirst();
        UUID chargeId = charged.charge().id();

        assertThatThrownBy(() -> familyCharges.pay(first.id())).as("an officer").isInstanceOf(AccessDeniedException.class);

        ApplicationFixtures.parentWithChild(directory, households); // another household's parent
        assertThatThrownBy(() -> familyCharges.charge(chargeId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> familyCharges.pay(first.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> charges.set(charged.family().applicationId(), ContributionFixtures.form(ChargeKind.SPARE_SEAT, "£1", 1,
                today(), "Mine"))).as("a parent sets no charge").isInstanceOf(AccessDeniedException.class);
        assertThat(followUpsFor(charged.family().applicationId(), DecisionFollowUps.Viewer.FAMILY)).isEmpty();

        var adviser = BudgetFixtures.adviserWithConsent(directory, jdbcTemplate, consents, charged.family().parent(), EnumSet.of(ConsentScope.VIEW));
        assertThat(familyCharges.charge(chargeId).total()).isEqualTo(Money.ofPounds(100));
        assertThat(followUpsFor(charged.family().applicationId(), DecisionFollowUps.Viewer.FAMILY)).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("charges/" + chargeId));
        assertThatThrownBy(() -> familyCharges.pay(first.id())).as("an adviser never pays").isInstanceOf(AccessDeniedException.class);

        TestUsers.newParent(directory); // a parent without a household
        assertThatThrownBy(() -> familyCharges.chargeOfInstalment(first.id())).isInstanceOf(AccessDeniedException.class);
        TestUsers.newStaff(directory, "FinanceOfficer");
        assertThatThrownBy(() -> charges.charge(chargeId)).as("finance").isInstanceOf(AccessDeniedException.class);

        TestUsers.actAs(charged.family().parent());
        assertThat(followUpsFor(charged.family().applicationId(), DecisionFollowUps.Viewer.FAMILY)).singleElement()
                .satisfies(f -> assertThat(f.linkText()).isEqualTo("Pay the spare seat charge"));
        assertThat(followUpsFor(charged.family().applicationId(), DecisionFollowUps.Viewer.OFFICER)).isEmpty();
    }

    @Test
    void a_charge_is_refused_with_every_problem_at_once_and_only_on_a_decided_application() {
        var family = ContributionFixtures.decided(directory, households, access, applications, casework, charges);
        assertThatThrownBy(() -> charges.set(family.applicationId(), new ChargeForm(null, "12.345", "0", "31", "2", "2027", "")))
                .isInstanceOfSatisfying(ChargeRules.InvalidCharge.class, refused -> assertThat(refused.problems()).containsOnlyKeys(
                        "kind", "amount", "instalments", "firstDue", "reason"));
        assertThatThrownBy(() -> charges.find("TA-NOT-A-REFERENCE")).isInstanceOf(InvalidChargeException.class)
                .hasMessageContaining("no decided application");
        assertThat(charges.find(family.reference().toLowerCase(java.util.Locale.ROOT)).applicationId()).isEqualTo(family.applicationId());
        assertThatThrownBy(() -> charges.set(UUID.randomUUID(), ContributionFixtures.form(ChargeKind.SPARE_SEAT, "£1", 1, today(), "x")))
                .isInstanceOf(ChargeNotFoundException.class);
    }

    List<DecisionFollowUps.FollowUp> followUpsFor(UUID applicationId, DecisionFollowUps.Viewer viewer) {
        return followUps.stream().flatMap(f -> f.forApplication(applicationId, viewer).stream())
                .filter(f -> f.path().contains("charges/")).toList();
    }

    @Autowired org.springframework.core.env.Environment environment;

    String webhookUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port") + "/webhooks/stripe";
    }

    String parentEmail(Charged charged) {
        TestUsers.actAs(charged.family().officer());
        return access.parentEmails(charged.family().householdId()).getFirst();
    }
}
