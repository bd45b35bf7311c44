package org.travelassist.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.TestMailServer;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** Bank details against the real database: who may see and change them, what is stored, audited and emailed. */
@IntegrationTest
class BankAccountsIT {

    static final BankDetailsForm PRIYAS = new BankDetailsForm("Priya Shah", "30-94-30", "0073 3445", "");

    @Autowired BankAccounts bankAccounts;
    @Autowired Payees payees;
    @Autowired HouseholdService households;
    @Autowired AdviserConsents consents;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** A new parent with a child (so a household), signed in. */
    UUID newHousehold() {
        TestUsers.newParent(directory);
        households.addChild(UUID.randomUUID(), new ChildForm("Kit Shah", "3", "4", "2016", "1 High Street", "Oakham", "LE15 6HQ", "", false));
        return bankAccounts.ownHousehold();
    }

    AppUser newAdviserWithConsent(UUID household, AppUser parent, Set<ConsentScope> scopes) {
        String email = "adviser-" + UUID.randomUUID() + "@sendias.example.org";
        jdbc.update("insert into registered_adviser (id, email, organisation, registered_at) values (?, ?, 'Test SENDIAS', now())",
                UUID.randomUUID(), email);
        AppUser adviser = TestUsers.signIn(directory, "families", "adviser", email, Set.of());
        TestUsers.actAs(parent);
        String code = consents.invite(email, scopes, 12).code();
        TestUsers.actAs(adviser);
        consents.accept(code);
        return adviser;
    }

    int refusals() {
        return jdbc.queryForObject("select count(*) from audit_record where action = 'REFUSED'", Integer.class);
    }

    @Test
    void a_parent_gives_bank_details_once_and_sees_them_masked_and_a_payment_gets_them_in_full() {
        UUID household = newHousehold();
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, TestUsers.current().id());
        assertThat(bankAccounts.current(household)).isEmpty();
        assertThat(payees.payeeOf(household)).isEmpty();

        var saved = bankAccounts.save(household, PRIYAS);

        assertThat(saved.maskedAccount()).isEqualTo("Account ending 3445");
        assertThat(saved.sortCode()).isEqualTo("30-94-30");
        assertThat(bankAccounts.current(household)).contains(saved);
        var payee = payees.payeeOf(household).orElseThrow();
        assertThat(payee.accountNumber()).isEqualTo("00733445");
        assertThat(payee.sortCode()).isEqualTo("309430");
        assertThat(payee.bankDetailsId()).isEqualTo(saved.bankDetailsId());
        assertThat(payee.rollNumber()).isNull();
        assertThat(TestMailServer.awaitMailTo(email, "Account ending 3445"))
                .contains("Your bank details for travel payments were changed", "Account ending 3445", "30-94-30",
                        "If you did not make this change, call")
                .doesNotContain("00733445");
    }

    @Test
    void the_account_and_roll_numbers_are_not_stored_in_clear_and_the_audit_trail_is_masked() {
        UUID household = newHousehold();
        var saved = bankAccounts.save(household, new BankDetailsForm("Priya Shah", "309430", "00733445", "ROLL/1234.56"));

        var row = jdbc.queryForMap("select * from bank_details where id = ?", saved.bankDetailsId());
        byte[] account = (byte[]) row.get("account_number_cipher");
        byte[] roll = (byte[]) row.get("roll_number_cipher");
        for (byte[] sealed : new byte[][] {account, roll}) {
            String asText = new String(sealed, StandardCharsets.ISO_8859_1);
            assertThat(asText).doesNotContain("00733445", "ROLL/1234.56", "0073", "1234");
            assertThat(HexFormat.of().formatHex(sealed)).doesNotContain(HexFormat.of().formatHex("00733445".getBytes(StandardCharsets.US_ASCII)));
        }
        assertThat(row.get("account_ending")).isEqualTo("3445");
        assertThat(jdbc.queryForObject("select count(*) from bank_details where household_id = ? and row_to_json(bank_details)::text like '%00733445%'",
                Integer.class, household)).isZero();
        assertThat(payees.payeeOf(household).orElseThrow().rollNumber()).isEqualTo("ROLL/1234.56");

        String audit = jdbc.queryForObject("select after_state::text from audit_record where record_type = 'BankDetails' and record_id = ?",
                String.class, saved.bankDetailsId().toString());
        assertThat(audit).contains("Account ending 3445", "30-94-30", "given").doesNotContain("00733445", "ROLL/1234.56");
        assertThatThrownBy(() -> jdbc.update("update bank_details set account_name = 'Someone Else' where id = ?", saved.bankDetailsId()))
                .as("a version is written once").rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void a_change_adds_a_version_keeps_the_old_one_for_payments_already_made_and_audits_before_and_after() {
        UUID household = newHousehold();
        var first = bankAccounts.save(household, PRIYAS);
        var same = bankAccounts.save(household, new BankDetailsForm(" Priya  Shah ", "309430", "00733445", ""));
        assertThat(same).as("the same details again change nothing").isEqualTo(first);

        var second = bankAccounts.save(household, new BankDetailsForm("Priya Shah", "20-00-00", "55779911", ""));

        assertThat(bankAccounts.current(household)).contains(second);
        assertThat(payees.payeeOf(household).orElseThrow().accountNumber()).isEqualTo("55779911");
        assertThat(payees.payee(first.bankDetailsId()).orElseThrow().accountNumber()).as("the old version is kept").isEqualTo("00733445");
        assertThat(jdbc.queryForList("select revision from bank_details where household_id = ? order by revision", Integer.class, household))
                .containsExactly(1, 2);
        var change = jdbc.queryForMap("select action, before_state::text as before, after_state::text as after, actor_id from audit_record "
                + "where record_type = 'BankDetails' and record_id = ?", second.bankDetailsId().toString());
        assertThat(change.get("action")).isEqualTo("CHANGED");
        assertThat((String) change.get("before")).contains("Account ending 3445").doesNotContain("00733445");
        assertThat((String) change.get("after")).contains("Account ending 9911").doesNotContain("55779911");
        assertThat(change.get("actor_id")).isEqualTo(TestUsers.current().id());
    }

    @Test
    void invalid_details_are_refused_with_govuks_messages_and_nothing_is_stored() {
        UUID household = newHousehold();
        assertThatThrownBy(() -> bankAccounts.save(household, new BankDetailsForm("", "12", "733445", "")))
                .isInstanceOfSatisfying(InvalidBankDetailsException.class, e -> assertThat(e.problems()).isEqualTo(Map.of(
                        BankDetailsRules.ACCOUNT_NAME, "Enter the name on the account",
                        BankDetailsRules.SORT_CODE, "Enter a valid sort code like 309430",
                        BankDetailsRules.ACCOUNT_NUMBER, "Account number must be 8 digits")));
        assertThat(jdbc.queryForObject("select count(*) from bank_details where household_id = ?", Integer.class, household)).isZero();
    }

    @Test
    void only_a_parent_of_the_household_may_change_them_and_every_refusal_is_audited() {
        UUID household = newHousehold();
        AppUser parent = TestUsers.current();
        bankAccounts.save(household, PRIYAS);

        TestUsers.newParent(directory);
        int before = refusals();
        assertThatThrownBy(() -> bankAccounts.save(household, PRIYAS)).as("another household's parent").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bankAccounts.current(household)).as("another household's parent").isInstanceOf(AccessDeniedException.class);
        assertThat(refusals() - before).isEqualTo(2);

        AppUser adviser = newAdviserWithConsent(household, parent, EnumSet.allOf(ConsentScope.class));
        assertThat(bankAccounts.current(household)).as("an adviser the family lets see its records sees them masked")
                .hasValueSatisfying(held -> assertThat(held.maskedAccount()).isEqualTo("Account ending 3445"));
        before = refusals();
        assertThatThrownBy(() -> bankAccounts.save(household, new BankDetailsForm("Sam Adebayo", "309430", "11112222", "")))
                .as("an adviser with every scope").isInstanceOf(AccessDeniedException.class);
        assertThat(refusals() - before).isEqualTo(1);
        assertThat(jdbc.queryForObject("select record_type || ' ' || (after_state ->> 'reason') from audit_record where action = 'REFUSED' "
                + "and actor_id = ? order by id desc limit 1", String.class, adviser.id())).contains("BankDetails", "only a parent");

        for (String role : new String[] {"TransportOfficer", "SeniorTransportOfficer", "FinanceOfficer", "SchoolStaff", "TransportManager"}) {
            TestUsers.newStaff(directory, role);
            assertThatThrownBy(() -> bankAccounts.save(household, PRIYAS)).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bankAccounts.current(household)).as(role).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.actAs(parent);
        assertThat(payees.payeeOf(household).orElseThrow().accountNumber()).as("nothing changed").isEqualTo("00733445");
    }

    @Test
    void an_adviser_with_only_some_scopes_still_cannot_and_one_without_view_cannot_see() {
        UUID household = newHousehold();
        AppUser parent = TestUsers.current();
        bankAccounts.save(household, PRIYAS);
        newAdviserWithConsent(household, parent, EnumSet.of(ConsentScope.PREPARE, ConsentScope.SUBMIT));
        assertThatThrownBy(() -> bankAccounts.current(household)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bankAccounts.save(household, PRIYAS)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_parent_of_the_household_is_told_of_a_change() {
        UUID household = newHousehold();
        AppUser first = TestUsers.current();
        AppUser second = TestUsers.newParent(directory);
        jdbc.update("update user_account set household_id = ? where id = ?", household, second.id());
        TestUsers.actAs(first);
        bankAccounts.save(household, new BankDetailsForm("Priya Shah", "309430", "12345678", ""));
        for (AppUser parent : new AppUser[] {first, second}) {
            String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, parent.id());
            assertThat(TestMailServer.awaitMailTo(email, "Account ending 5678")).contains("Account ending 5678", "Test parent");
        }
    }
}
