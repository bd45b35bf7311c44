package org.travelassist.reporting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the portal holds about one household, read straight from each module's tables as JSON by PostgreSQL
 * ({@code to_jsonb} of every row, so a column added later is exported without a change here). File contents
 * (evidence, letter and agreement PDFs) are left out of the JSON; letters go in the ZIP as their own files.
 * Bank account numbers are held only encrypted, so their cipher columns are left out: the last four digits stay.
 */
@Component
public class SubjectAccessQueries {

    /** One file of the export: {@code table} must exist for it to be read (modules added later). */
    private record Section(String name, String table, String sql) {}

    private static final String APPLICATIONS = "(select id from application where household_id = :household)";
    private static final String ALLOWANCES = "(select id from mileage_allowance where household_id = :household)";
    private static final String CLAIMS = "(select id from mileage_claim where household_id = :household)";

    private static final List<Section> SECTIONS = List.of(
            new Section("household", "household", "select to_jsonb(x) from household x where x.id = :household"),
            new Section("accounts", "user_account", "select to_jsonb(x) from user_account x where x.household_id = :household"),
            new Section("children", "child", "select to_jsonb(x) from child x where x.household_id = :household"),
            new Section("travel-passports", "travel_passport", "select to_jsonb(x) from travel_passport x "
                    + "where x.child_id in (select id from child where household_id = :household)"),
            new Section("adviser-consents", "adviser_consent", "select to_jsonb(x) from adviser_consent x where x.household_id = :household"),
            new Section("bank-details", "bank_details", "select to_jsonb(x) - 'account_number_cipher' - 'roll_number_cipher' "
                    + "from bank_details x where x.household_id = :household"),
            new Section("applications", "application", "select to_jsonb(x) from application x where x.household_id = :household"),
            new Section("application-timelines", "application_event", "select to_jsonb(x) from application_event x "
                    + "where x.application_id in " + APPLICATIONS),
            new Section("information-requests", "information_request", "select to_jsonb(x) from information_request x "
                    + "where x.application_id in " + APPLICATIONS),
            new Section("evidence-list", "evidence", "select to_jsonb(x) - 'content' from evidence x where x.application_id in " + APPLICATIONS),
            new Section("school-suitability", "application_school_suitability", "select to_jsonb(x) from application_school_suitability x "
                    + "where x.application_id in " + APPLICATIONS),
            new Section("reviews-and-appeals", "challenge", "select to_jsonb(x) from challenge x where x.application_id in " + APPLICATIONS),
            new Section("letters-list", "letter", "select to_jsonb(x) - 'pdf' from letter x where x.application_id in " + APPLICATIONS),
            new Section("budgets", "budget", "select to_jsonb(x) - 'agreement_pdf' from budget x where x.household_id = :household"),
            new Section("budget-instalments", "budget_instalment", "select to_jsonb(x) from budget_instalment x "
                    + "where x.budget_id in (select id from budget where household_id = :household)"),
            new Section("budget-absences", "budget_absence", "select to_jsonb(x) from budget_absence x "
                    + "where x.budget_id in (select id from budget where household_id = :household)"),
            new Section("payments", "payment_instruction", "select to_jsonb(x) from payment_instruction x where x.household_id = :household"),
            new Section("payment-lines", "payment_instruction_line", "select to_jsonb(x) from payment_instruction_line x "
                    + "where x.instruction_id in (select id from payment_instruction where household_id = :household)"),
            new Section("budget-repayments", "budget_repayment", "select to_jsonb(x) from budget_repayment x "
                    + "where x.budget_id in (select id from budget where household_id = :household)"),
            new Section("mileage-allowances", "mileage_allowance", "select to_jsonb(x) from mileage_allowance x where x.household_id = :household"),
            new Section("mileage-allowance-children", "mileage_allowance_child", "select to_jsonb(x) from mileage_allowance_child x "
                    + "where x.allowance_id in " + ALLOWANCES),
            new Section("mileage-claims", "mileage_claim", "select to_jsonb(x) from mileage_claim x where x.household_id = :household"),
            new Section("mileage-claim-days", "mileage_claim_day", "select to_jsonb(x) from mileage_claim_day x where x.claim_id in " + CLAIMS),
            new Section("mileage-claim-lines", "mileage_claim_line", "select to_jsonb(x) from mileage_claim_line x where x.claim_id in " + CLAIMS),
            new Section("mileage-claim-refused-days", "mileage_claim_rejected_day", "select to_jsonb(x) from mileage_claim_rejected_day x "
                    + "where x.claim_id in " + CLAIMS),
            new Section("mileage-receipts-list", "mileage_claim_receipt", "select to_jsonb(x) - 'content' from mileage_claim_receipt x "
                    + "where x.household_id = :household"),
            new Section("ledger", "ledger_entry", "select to_jsonb(x) from ledger_entry x where x.household_id = :household"),
            new Section("ledger-lines", "ledger_line", "select to_jsonb(x) from ledger_line x where x.household_id = :household"),
            new Section("payments-bank-changes", "payments_bank_change", "select to_jsonb(x) from payments_bank_change x where x.household_id = :household"),
            new Section("stripe-recipients", "stripe_recipient", "select to_jsonb(x) from stripe_recipient x where x.household_id = :household"),
            new Section("card-payments", "stripe_checkout", "select to_jsonb(x) from stripe_checkout x where x.household_id = :household"),
            new Section("charged-applications", "contribution_application", "select to_jsonb(x) from contribution_application x "
                    + "where x.household_id = :household"),
            new Section("charges", "contribution_charge", "select to_jsonb(x) from contribution_charge x where x.household_id = :household"),
            new Section("charge-instalments", "contribution_instalment", "select to_jsonb(x) from contribution_instalment x "
                    + "where x.charge_id in (select id from contribution_charge where household_id = :household)"),
            new Section("reapply-reminders", "reapply_reminder", "select to_jsonb(x) from reapply_reminder x where x.household_id = :household"),
            new Section("undelivered-emails", "undelivered_email", "select to_jsonb(x) from undelivered_email x where x.household_id = :household"),
            new Section("audit-trail", "audit_record", """
                    select to_jsonb(x) from audit_record x
                    where x.household_id = :household
                       or x.actor_id in (select id from user_account where household_id = :household)
                       or x.record_id in (select cast(id as varchar) from user_account where household_id = :household
                                          union select cast(id as varchar) from child where household_id = :household
                                          union select cast(id as varchar) from application where household_id = :household
                                          union select cast(:household as varchar))"""));

    /** The tables the export reads, so a test can prove no table holding a household's rows is left out. */
    public static Set<String> tablesRead() {
        return SECTIONS.stream().map(Section::table).collect(Collectors.toUnmodifiableSet());
    }

    private final JdbcClient jdbc;

    SubjectAccessQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A household found by an application's reference or an account's email address. */
    public Optional<UUID> household(String referenceOrEmail) {
        String typed = referenceOrEmail.strip();
        return jdbc.sql("""
                        select household_id from application where upper(reference) = upper(:typed)
                        union
                        select household_id from user_account where lower(email) = lower(:typed) and household_id is not null
                        limit 1""")
                .param("typed", typed).query(UUID.class).optional();
    }

    /** Counts for the officer to confirm it is the right household: people, children, applications. */
    public record Summary(List<String> people, int children, int applications) {}

    public Summary summary(UUID household) {
        var people = jdbc.sql("select coalesce(display_name, email, 'No name given') from user_account where household_id = :h order by created_at")
                .param("h", household).query(String.class).list();
        int children = jdbc.sql("select count(*) from child where household_id = :h").param("h", household).query(Integer.class).single();
        int applications = jdbc.sql("select count(*) from application where household_id = :h")
                .param("h", household).query(Integer.class).single();
        return new Summary(people, children, applications);
    }

    /** A section as a pretty-printed JSON array, one element per row. */
    public record Json(String name, String json) {}

    public List<Json> sections(UUID household) {
        var sections = new ArrayList<Json>();
        for (Section section : SECTIONS) {
            boolean exists = jdbc.sql("select to_regclass(:table) is not null").param("table", section.table()).query(Boolean.class).single();
            if (!exists) {
                continue;
            }
            String json = jdbc.sql("select jsonb_pretty(coalesce(jsonb_agg(row), '[]'::jsonb)) from (" + section.sql() + ") as rows(row)")
                    .param("household", household).query(String.class).single();
            sections.add(new Json(section.name(), json));
        }
        return sections;
    }

    public record LetterFile(String reference, String title, Instant createdAt, byte[] pdf) {}

    public List<LetterFile> letters(UUID household) {
        return jdbc.sql("""
                        select a.reference, l.title, l.created_at, l.pdf from letter l join application a on a.id = l.application_id
                        where a.household_id = :h order by l.created_at""")
                .param("h", household)
                .query((rs, n) -> new LetterFile(String.valueOf(rs.getString("reference")), rs.getString("title"),
                        rs.getTimestamp("created_at").toInstant(), rs.getBytes("pdf")))
                .list();
    }
}
