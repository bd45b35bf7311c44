package org.travelassist.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.reporting.internal.SubjectAccessQueries;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.RecordRead;

/**
 * A subject access request (UK GDPR Art 15): everything the portal holds about one household, as one ZIP an
 * officer downloads and sends to the family. Officers only; each export is in the audit trail of the household.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.OFFICER + "')")
public class SubjectAccess {

    public static final String HOUSEHOLD = "Household";

    /** The household an officer looked up, to confirm before exporting. */
    public record Household(UUID id, List<String> people, int children, int applications) {}

    public record Export(String fileName, byte[] zip) {}

    private final SubjectAccessQueries queries;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CouncilProfile council;

    SubjectAccess(SubjectAccessQueries queries, ApplicationEventPublisher events, Clock clock, CouncilProfile council) {
        this.queries = queries;
        this.events = events;
        this.clock = clock;
        this.council = council;
    }

    /** By an application's reference ("TA-2026-000123") or a parent's email address. */
    @Transactional(readOnly = true)
    public Optional<Household> find(String referenceOrEmail) {
        return queries.household(referenceOrEmail).map(id -> {
            var summary = queries.summary(id);
            return new Household(id, summary.people(), summary.children(), summary.applications());
        });
    }

    @Transactional(readOnly = true)
    public Export export(UUID household) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "README.txt", readMe());
            for (var section : queries.sections(household)) {
                put(zip, "data/" + section.name() + ".json", section.json());
            }
            Map<String, Integer> used = new HashMap<>();
            for (var letter : queries.letters(household)) {
                String name = letter.reference() + "-" + letter.title().strip().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.UK);
                int n = used.merge(name, 1, Integer::sum);
                zip.putNextEntry(new ZipEntry("letters/" + name + (n == 1 ? "" : "-" + n) + ".pdf"));
                zip.write(letter.pdf());
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        events.publishEvent(new RecordRead(HOUSEHOLD, household.toString(), household, "subject access export"));
        return new Export("subject-access-" + GovukDates.today(clock) + "-" + household.toString().substring(0, 8) + ".zip", bytes.toByteArray());
    }

    private String readMe() {
        return """
                Everything %s holds about your household in its home-to-school travel portal, on %s.

                data/ has one JSON file for each kind of record: your household, the accounts that sign in to it, your
                children and their travel passports, the advisers you gave consent to, your bank details (we keep the
                account number encrypted, so only its last four digits are shown), your applications with every answer,
                what the council measured and decided, the timeline, questions and answers, the list of evidence you sent,
                reviews and appeals, the list of letters, any personal transport budgets, mileage allowances and claims
                (with the list of receipts you attached), charges you paid by card, the payments to you and their
                accounting records, emails we could not deliver, and the audit trail: who looked at or changed these
                records, and when.
                letters/ has each letter as it was sent, as PDF.

                Questions about your data: %s.
                """.formatted(council.name(), GovukDates.day(GovukDates.today(clock)), council.dataProtectionEmail());
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
