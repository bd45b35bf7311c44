package org.travelassist.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.TestEvents;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.claims.ClaimApprovals.Approval;
import org.travelassist.claims.MileageAssessment.Rejection;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/** A mileage allowance and its claims through the services, against PostgreSQL. */
@IntegrationTest
class ClaimsIT {

    static final LocalDate DEC_2 = LocalDate.of(2026, 12, 2);
    static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
    static final LocalDate DEC_7 = LocalDate.of(2026, 12, 7); // the 4th is a training day at Rutland schools
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Autowired MileageAllowances allowances;
    @Autowired org.travelassist.places.Routes routes;
    @Autowired MileageClaims claims;
    @Autowired ClaimApprovals approvals;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired HouseholdAccess access;
    @Autowired BankAccounts bank;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;
    @Autowired TestEvents.Recorder events;
    @Autowired org.travelassist.claims.internal.ClaimReminders reminders;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired org.springframework.context.ApplicationEventPublisher publisher;

    @BeforeEach
    void decideInDecember() {
        clock.moveTo(ClaimFixtures.DECIDED); // the days claimed here are in December 2026
    }

    @AfterEach
    void tidy() {
        TestUsers.signOut();
        clock.reset();
    }

    @Test
    void a_decision_offering_mileage_sets_up_the_allowance_from_the_stored_road_distance_once() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);

        AllowanceDetails allowance = ClaimFixtures.awaitAllowance(allowances, family.householdId());

        Long roadMetres = jdbc.queryForObject("select (measured_basis ->> 'roadMetres')::bigint from application where id = ?", Long.class,
                family.applicationId());
        assertThat(allowance.roadMetres()).isPositive();
        if (roadMetres != null) {
            assertThat(allowance.roadMetres()).isEqualTo(roadMetres);
        }
        assertThat(allowance.oneWayMilesHundredths()).isEqualTo(MileageRules.oneWayMilesHundredths(allowance.roadMetres()));
        assertThat(allowance.schoolName()).isEqualTo("Catmose College");
        assertThat(allowance.childNames()).containsExactly("Noor Hussain");
        assertThat(allowance.rate()).isEqualTo("45p a mile");
        assertThat(allowance.terms().fullDayLegs()).isEqualTo(4);
        assertThat(allowance.startsOn()).isEqualTo(GovukDates.today(clock));
        assertThat(allowance.status()).isEqualTo(AllowanceStatus.OFFERED);
        assertThat(allowance.fullDay()).startsWith("4 legs × " + MileageRules.miles(allowance.oneWayMilesHundredths()) + " miles × 45p = £");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'MileageAllowance' and record_id = ?",
                Integer.class, allowance.id().toString())).as("audited").isEqualTo(1);

        // The same event again (the registry resubmits an incomplete one) changes nothing.
        var decided = events.of(org.travelassist.applications.ApplicationDecided.class).stream()
                .filter(event -> event.applicationId().equals(family.applicationId())).findFirst().orElseThrow();
        transactions.executeWithoutResult(status -> publisher.publishEvent(decided));
        Awaitility.await().pollInSameThread().during(java.time.Duration.ofSeconds(1)).atMost(java.time.Duration.ofSeconds(3))
                .until(() -> allowances.allowancesOf(family.householdId()), found -> found.size() == 1 && found.getFirst().childNames().size() == 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'MileageAllowance' and record_id = ?",
                Integer.class, allowance.id().toString())).as("nothing changed, nothing audited").isEqualTo(1);
    }

    @Test
    void the_allowance_shows_the_road_route_from_the_decision_s_home_point_to_the_school_drawn_by_the_routing() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        AllowanceDetails allowance = ClaimFixtures.awaitAllowance(allowances, family.householdId());

        org.travelassist.TestStatements.reset();
        AllowanceRoute route = allowances.route(allowance.id()).orElseThrow();
        assertThat(org.travelassist.TestStatements.onThisThread()).as("the decision's basis, without the application's history")
                .noneMatch(sql -> sql.matches("(?s).* from (challenge|information_request|evidence|application_event|letter) .*"));

        var basis = applications.application(family.applicationId()).basis();
        assertThat(route.home().latitude()).isEqualTo(basis.home().latitude());
        assertThat(route.school().longitude()).isEqualTo(basis.schoolPoint().longitude());
        assertThat(route.schoolName()).isEqualTo("Catmose College");
        if (routes.measured()) {
            assertThat(route.route()).hasSizeGreaterThan(2);
            double metres = 0;
            for (int i = 1; i < route.route().size(); i++) {
                metres += haversine(route.route().get(i - 1), route.route().get(i));
            }
            assertThat(metres).as("the line drawn is about the road distance paid").isBetween(allowance.roadMetres() * 0.8,
                    allowance.roadMetres() * 1.2);
        }
    }

    private static double haversine(org.travelassist.places.LatLon a, org.travelassist.places.LatLon b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude())) * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
    }

    @Test
    void where_the_policy_pays_by_term_a_term_is_one_claim_month_by_month_with_each_refusal_and_never_a_day_twice() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        AllowanceDetails allowance = accepted(family);
        clock.moveTo(java.time.Instant.parse("2027-07-23T10:00:00Z")); // the test policy pays by term from 12 April 2027

        List<ClaimablePeriod> periods = claims.claimablePeriods(allowance.id());
        assertThat(periods).extracting(ClaimablePeriod::label).as("the spring term's deadline was 5 April").containsExactly("Summer term 2027");
        ClaimablePeriod summer = periods.getFirst();
        assertThat(summer.from()).isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(summer.to()).isEqualTo(LocalDate.of(2027, 7, 21));
        assertThatThrownBy(() -> claims.open(allowance.id(), YearMonth.of(2027, 6))).isInstanceOf(InvalidClaimException.class)
                .hasMessage("The council pays mileage by school term: choose the term to claim for.");
        assertThatThrownBy(() -> claims.open(allowance.id(), new ClaimablePeriod(summer.from(), LocalDate.of(2027, 8, 31), "Summer term")))
                .as("a period made up on the page").hasMessage("You cannot claim for Summer term 2027 now: choose one of the terms shown.");

        UUID draft = claims.open(allowance.id(), summer);
        ClaimCalendar calendar = claims.calendar(draft);
        assertThat(calendar.days().getFirst().date()).isEqualTo(summer.from());
        assertThat(calendar.days().getLast().date()).isEqualTo(summer.to());
        assertThat(calendar.days().stream().filter(day -> day.date().equals(LocalDate.of(2027, 6, 1))).findFirst().orElseThrow().notClaimable())
                .contains("May half term");
        assertThat(calendar.days().stream().filter(day -> day.date().equals(LocalDate.of(2027, 5, 28))).findFirst().orElseThrow().notClaimable())
                .contains("Training day");
        assertThat(calendar.days().stream().filter(day -> day.marked() != null).map(day -> day.date().getMonthValue()).distinct())
                .as("school days of four months marked").containsExactly(4, 5, 6, 7);

        LocalDate june8 = LocalDate.of(2027, 6, 8);
        var days = new ArrayList<ClaimedDay>(ClaimFixtures.both(june8, LocalDate.of(2027, 4, 13)));
        days.add(new ClaimedDay(LocalDate.of(2027, 6, 1), Journeys.BOTH)); // half term: refused, with its reason
        var sent = claims.send(draft, days, null);
        assertThat(sent.status()).isEqualTo(ClaimStatus.SENT);
        assertThat(sent.days()).extracting(ClaimDetails.Day::date).containsExactly(LocalDate.of(2027, 4, 13), june8);
        assertThat(sent.rejectedDays()).singleElement().satisfies(day -> assertThat(day.reason()).isEqualTo(Rejection.SCHOOL_CLOSED));

        UUID again = claims.open(allowance.id(), summer);
        assertThat(again).as("a new draft: the first was sent").isNotEqualTo(draft);
        assertThat(claims.preview(again, ClaimFixtures.both(june8)).rejected()).singleElement()
                .satisfies(day -> assertThat(day.reason()).isEqualTo(Rejection.ALREADY_CLAIMED));
        assertThat(claims.calendar(again).days().stream().filter(day -> day.date().equals(june8)).findFirst().orElseThrow().marked())
                .as("a day another claim holds is not marked again").isNull();
    }

    @Test
    void only_a_parent_with_bank_details_accepts_and_then_a_month_is_claimed_checked_on_the_server_and_approved() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        AllowanceDetails allowance = ClaimFixtures.awaitAllowance(allowances, family.householdId());
        assertThatThrownBy(() -> allowances.accept(allowance.id())).isInstanceOf(InvalidClaimException.class)
                .hasMessage("Give the bank account to pay into before you accept the allowance");
        assertThatThrownBy(() -> claims.open(allowance.id(), DECEMBER)).hasMessageContaining("must accept the allowance");
        ClaimFixtures.giveBankDetails(bank, family.householdId());
        assertThat(allowances.accept(allowance.id()).status()).isEqualTo(AllowanceStatus.ACCEPTED);
        assertThat(allowances.accept(allowance.id()).acceptedByName()).as("accepting twice accepts once").isNotBlank();

        clock.moveTo(ClaimFixtures.NEW_YEAR);
        assertThat(claims.claimableMonths(allowance.id())).containsExactly(YearMonth.of(2027, 1), DECEMBER);
        UUID draft = claims.open(allowance.id(), DECEMBER);
        assertThat(claims.open(allowance.id(), DECEMBER)).as("one draft per month").isEqualTo(draft);
        ClaimCalendar calendar = claims.calendar(draft);
        assertThat(calendar.days()).hasSize(31);
        assertThat(calendar.days().stream().filter(day -> day.date().equals(LocalDate.of(2026, 12, 5))).findFirst().orElseThrow().notClaimable())
                .isEqualTo("A weekend: the school is closed.");
        assertThat(calendar.days().stream().filter(day -> day.date().equals(DEC_2)).findFirst().orElseThrow().marked())
                .as("term days are marked as journeys to begin with").isEqualTo(Journeys.BOTH);

        var days = new ArrayList<ClaimedDay>(ClaimFixtures.both(DEC_2, DEC_3));
        days.add(new ClaimedDay(DEC_7, Journeys.MORNING_ONLY));
        days.add(new ClaimedDay(LocalDate.of(2026, 12, 25), Journeys.BOTH)); // Christmas Day
        claims.saveDraft(draft, days, "Noor had a dentist appointment on the 7th");
        MileageAssessment preview = claims.preview(draft, days);
        assertThat(preview.accepted()).extracting(MileageAssessment.AcceptedDay::legs).containsExactly(4, 4, 2);
        assertThat(preview.rejected()).singleElement().satisfies(day -> assertThat(day.reason()).isEqualTo(Rejection.SCHOOL_CLOSED));

        ClaimDetails sent = claims.send(draft, days, "Noor had a dentist appointment on the 7th");
        assertThat(sent.status()).isEqualTo(ClaimStatus.SENT);
        assertThat(sent.reference()).matches("MC-2027-\\d{6}");
        assertThat(sent.days()).extracting(ClaimDetails.Day::date).containsExactly(DEC_2, DEC_3, DEC_7);
        assertThat(sent.rejectedDays()).extracting(MileageAssessment.RejectedDay::date).containsExactly(LocalDate.of(2026, 12, 25));
        assertThat(sent.amount()).isEqualTo(preview.total());
        assertThat(sent.lines()).extracting(MileageAssessment.Line::text).first().asString().startsWith("2 days × 4 legs × ");
        ClaimDetails again2 = claims.send(draft, days, null);
        assertThat(again2.reference()).as("sending again sends once").isEqualTo(sent.reference());
        assertThat(again2.sentAt()).isCloseTo(sent.sentAt(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat(again2.amount()).isEqualTo(sent.amount());
        assertThatThrownBy(() -> claims.saveDraft(draft, days, null)).hasMessage("You cannot change the claim now: this claim is sent.");

        // A second claim for the same month cannot have those days again.
        UUID second = claims.open(allowance.id(), DECEMBER);
        assertThat(second).isNotEqualTo(draft);
        assertThat(claims.calendar(second).days().stream().filter(day -> day.date().equals(DEC_2)).findFirst().orElseThrow().marked()).isNull();
        MileageAssessment again = claims.preview(second, ClaimFixtures.both(DEC_2));
        assertThat(again.rejected()).singleElement().satisfies(day -> assertThat(day.reason()).isEqualTo(Rejection.ALREADY_CLAIMED));
        assertThatThrownBy(() -> claims.send(second, ClaimFixtures.both(DEC_2), null)).hasMessage("None of the days can be paid: Already claimed in another claim.");

        // The school has not confirmed: an officer confirms instead, with the 3rd absent; the amount is worked out again.
        AppUser officer = TestUsers.newStaff(directory, "TransportOfficer");
        var confirmed = approvals.confirmAttendanceInstead(draft, Set.of(DEC_3));
        assertThat(confirmed.status()).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(confirmed.daysPaid()).isEqualTo(2);
        assertThat(confirmed.amount()).isLessThan(sent.amount());
        assertThat(events.of(AbsencesRecorded.class)).filteredOn(event -> event.claimId().equals(draft)).singleElement()
                .satisfies(event -> assertThat(event.dates()).containsExactly(DEC_3));
        assertThat(approvals.queue(ClaimApprovals.Filter.all())).extracting(ClaimDetails::id).contains(draft);
        assertThat(approvals.queue(new ClaimApprovals.Filter(null, YearMonth.of(2026, 11), null, false))).extracting(ClaimDetails::id).doesNotContain(draft);

        // The officer who confirmed attendance may approve a small claim alone.
        List<Approval> approved = approvals.approve(List.of(draft));
        assertThat(approved).singleElement().satisfies(result -> assertThat(result.outcome()).isEqualTo(Approval.Outcome.APPROVED));
        assertThat(events.of(ClaimApproved.class)).filteredOn(event -> event.claimId().equals(draft)).singleElement().satisfies(event -> {
            assertThat(event.amount()).isEqualTo(confirmed.amount());
            assertThat(event.payee().masked()).isEqualTo("Account ending 9911");
            assertThat(Money.sum(event.lines().stream().map(org.travelassist.payments.PaymentLine::amount).toList()))
                    .isEqualTo(confirmed.amount());
            assertThat(event.period()).isEqualTo("December 2026");
        });
        assertThat(approvals.approve(List.of(draft))).singleElement().satisfies(result -> assertThat(result.outcome()).isEqualTo(Approval.Outcome.REFUSED));

        TestUsers.actAs(family.parent());
        assertThat(claims.claim(draft).status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(officer.id()).isNotEqualTo(family.parent().id());
    }

    @Test
    void a_day_is_counted_once_per_allowance_by_the_database_and_two_sends_at_once_send_once() throws Exception {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        AllowanceDetails allowance = accepted(family);
        clock.moveTo(ClaimFixtures.NEW_YEAR);
        UUID draft = claims.open(allowance.id(), DECEMBER);
        var days = ClaimFixtures.both(DEC_2, DEC_3);

        var barrier = new CyclicBarrier(2);
        Callable<ClaimDetails> send = () -> {
            TestUsers.actAs(family.parent());
            barrier.await();
            return claims.send(draft, days, null);
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<ClaimDetails> first = pool.submit(send);
            Future<ClaimDetails> second = pool.submit(send);
            assertThat(first.get().status()).isEqualTo(ClaimStatus.SENT);
            assertThat(second.get().status()).isEqualTo(ClaimStatus.SENT);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from mileage_claim_day where allowance_id = ? and counted", Integer.class,
                allowance.id())).isEqualTo(2);

        // Whatever the route, the database refuses a second counted row for the same allowance and day.
        UUID other = claims.open(allowance.id(), DECEMBER);
        assertThatThrownBy(() -> jdbc.update("insert into mileage_claim_day (id, claim_id, allowance_id, day, journeys, legs, counted) "
                + "values (?, ?, ?, ?, 'BOTH', 4, true)", UUID.randomUUID(), other, allowance.id(), DEC_2))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void above_the_limit_or_after_a_correction_a_second_officer_who_took_no_part_approves() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        AllowanceDetails allowance = accepted(family);
        clock.moveTo(ClaimFixtures.NEW_YEAR);
        UUID claim = claims.open(allowance.id(), DECEMBER);
        var days = ClaimFixtures.both(DEC_2, DEC_3, DEC_7);
        claims.send(claim, days, null);

        AppUser olivia = TestUsers.newStaff(directory, "TransportOfficer");
        approvals.confirmAttendanceInstead(claim, Set.of());
        var corrected = approvals.correct(claim, Set.of(), Map.of(DEC_7, Journeys.AFTERNOON_ONLY), "The school says Noor left at lunchtime on the 7th");
        assertThat(corrected.needsSecondApproval()).isTrue();
        assertThat(corrected.correctionReason()).isEqualTo("The school says Noor left at lunchtime on the 7th");
        assertThat(approvals.approve(List.of(claim))).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(Approval.Outcome.REFUSED);
            assertThat(result.message()).contains("another officer must approve it");
        });

        AppUser sunil = TestUsers.newStaff(directory, "SeniorTransportOfficer");
        assertThat(approvals.approve(List.of(claim))).singleElement().satisfies(result ->
                assertThat(result.outcome()).isEqualTo(Approval.Outcome.FIRST_APPROVAL_RECORDED));
        assertThat(approvals.approve(List.of(claim))).singleElement().satisfies(result ->
                assertThat(result.message()).contains("A second officer who did not approve"));
        TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(approvals.approve(List.of(claim))).singleElement().satisfies(result ->
                assertThat(result.outcome()).isEqualTo(Approval.Outcome.APPROVED));
        assertThat(olivia.id()).isNotEqualTo(sunil.id());
    }

    @Test
    void a_family_is_reminded_once_that_a_month_can_be_claimed_and_again_before_its_deadline() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        AllowanceDetails allowance = accepted(family);
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, family.parent().id());

        remindOn("2027-01-01");
        remindOn("2027-01-01");
        remindOn("2027-01-03");

        var sent = events.of(ClaimReminderDue.class).stream().filter(event -> event.allowanceId().equals(allowance.id())).toList();
        assertThat(sent).extracting(ClaimReminderDue::kind).containsExactly(ClaimReminderDue.Kind.MONTH_OPEN, ClaimReminderDue.Kind.DEADLINE_NEAR);
        assertThat(sent.getFirst().claimBy()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(org.travelassist.TestMailServer.awaitMailTo(email, "Claim your mileage for December 2026 by 5 January 2027"))
                .contains("Claim your mileage for December 2026 by 5 January 2027");
    }

    @Test
    void where_the_policy_pays_by_term_a_family_is_reminded_when_the_term_ends_not_each_month() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        AllowanceDetails allowance = accepted(family);
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, family.parent().id());

        // The test policy pays by term from 12 April 2027: May and June end mid-term, with nothing to claim yet.
        remindOn("2027-06-01");
        remindOn("2027-07-01");
        assertThat(remindersFor(allowance)).as("no monthly reminders under a termly policy").isEmpty();

        remindOn("2027-07-23"); // the summer term ended on 21 July
        remindOn("2027-07-24");
        remindOn("2027-08-03");

        var sent = remindersFor(allowance);
        assertThat(sent).extracting(ClaimReminderDue::kind).containsExactly(ClaimReminderDue.Kind.MONTH_OPEN, ClaimReminderDue.Kind.DEADLINE_NEAR);
        assertThat(sent).extracting(ClaimReminderDue::period).containsOnly("Summer term 2027");
        assertThat(sent.getFirst().claimBy()).as("the 5th of the month after the term").isEqualTo(LocalDate.of(2027, 8, 5));
        assertThat(org.travelassist.TestMailServer.awaitMailTo(email, "You can claim your mileage for Summer term 2027"))
                .contains("in Summer term 2027 by 5 August 2027");
    }

    @Test
    void a_term_already_claimed_is_not_reminded() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        AllowanceDetails allowance = accepted(family);
        clock.moveTo(java.time.Instant.parse("2027-07-22T10:00:00Z"));
        ClaimablePeriod summer = claims.claimablePeriods(allowance.id()).getFirst();
        claims.send(claims.open(allowance.id(), summer), ClaimFixtures.both(LocalDate.of(2027, 6, 8)), null);

        remindOn("2027-07-23");
        remindOn("2027-08-03");

        assertThat(remindersFor(allowance)).isEmpty();
    }

    /** The family's allowance, accepted by the parent with bank details given. */
    private AllowanceDetails accepted(ClaimFixtures.Family family) {
        AllowanceDetails allowance = ClaimFixtures.awaitAllowance(allowances, family.householdId());
        ClaimFixtures.giveBankDetails(bank, family.householdId());
        allowances.accept(allowance.id());
        return allowance;
    }

    /** The daily job, run as the scheduler runs it, on that day in England. */
    private void remindOn(String day) {
        clock.moveTo(LocalDate.parse(day).atTime(8, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant());
        reminders.run();
    }

    private List<ClaimReminderDue> remindersFor(AllowanceDetails allowance) {
        return events.of(ClaimReminderDue.class).stream().filter(event -> event.allowanceId().equals(allowance.id())).toList();
    }
}
