package org.travelassist.accounts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.internal.Child;
import org.travelassist.accounts.internal.ChildRepository;
import org.travelassist.accounts.internal.TravelPassport;
import org.travelassist.accounts.internal.TravelPassportRepository;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.PdfDocuments;
import org.travelassist.shared.PlainText;
import org.travelassist.shared.RecordChanged;
import org.travelassist.shared.GovukDates;

/**
 * Each child's travel passport (Kent's "Pupil Passport"): a one-page profile the family keeps for drivers and
 * passenger assistants, downloadable as PDF. The family's own words; nothing here is assessed.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.PARENT + "','" + AppRoles.ADVISER + "')")
public class TravelPassports {

    static final String PASSPORT = "TravelPassport";

    private final ChildRepository children;
    private final TravelPassportRepository passports;
    private final HouseholdAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CouncilProfile council;

    TravelPassports(ChildRepository children, TravelPassportRepository passports, HouseholdAccess access,
            ApplicationEventPublisher events, Clock clock, CouncilProfile council) {
        this.children = children;
        this.passports = passports;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.council = council;
    }

    public static Map<String, String> problems(TravelPassportForm form) {
        var problems = new LinkedHashMap<String, String>();
        fields(form).forEach((label, value) -> {
            if (value.strip().length() > TravelPassportForm.MAX_LENGTH) {
                problems.put(label, label + " must be " + TravelPassportForm.MAX_LENGTH + " characters or fewer");
            }
        });
        return problems;
    }

    @Transactional(readOnly = true)
    public TravelPassportForm passport(UUID childId) {
        Child child = child(childId, ConsentScope.VIEW);
        return passports.findByChildId(child.getId()).map(TravelPassport::form).orElse(TravelPassportForm.empty());
    }

    @Transactional
    public TravelPassportForm save(UUID childId, TravelPassportForm typed) {
        // Without the characters no PDF or database can hold (a NUL, a lone surrogate, Word's U+000B).
        var form = new TravelPassportForm(PlainText.cleanText(typed.communication()), PlainText.cleanText(typed.whatHelps()),
                PlainText.cleanText(typed.whatUpsets()), PlainText.cleanText(typed.medical()), PlainText.cleanText(typed.equipment()),
                PlainText.cleanText(typed.emergencyContacts()), typed.updatedAt());
        Child child = child(childId, ConsentScope.PREPARE);
        if (!problems(form).isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems(form).values()));
        }
        var passport = passports.findByChildId(childId).orElse(null);
        if (passport == null) {
            passport = new TravelPassport(childId, clock.instant());
            passport.update(form, clock.instant());
            passports.save(passport);
            events.publishEvent(RecordChanged.created(PASSPORT, passport.getId(), child.getHouseholdId(), passport.snapshot()));
        } else {
            var before = passport.snapshot();
            passport.update(form, clock.instant());
            events.publishEvent(RecordChanged.changed(PASSPORT, passport.getId(), child.getHouseholdId(), before, passport.snapshot()));
        }
        return passport.form();
    }

    /** The passport as one A4 page of tagged PDF. */
    @Transactional(readOnly = true)
    public byte[] pdf(UUID childId) {
        Child child = child(childId, ConsentScope.VIEW);
        ChildDetails details = child.details();
        TravelPassportForm form = passports.findByChildId(childId).map(TravelPassport::form).orElse(TravelPassportForm.empty());
        var body = new StringBuilder("<h1>Travel passport: ").append(PdfDocuments.escape(details.fullName())).append("</h1>")
                .append("<p class=\"meta\">Born ").append(GovukDates.day(details.dateOfBirth()))
                .append(". Kept by the family; last changed ")
                .append(form.updatedAt() == null ? "never" : GovukDates.day(form.updatedAt()))
                .append(".</p><table>");
        fields(form).forEach((label, value) -> body.append("<tr><th scope=\"row\">").append(PdfDocuments.escape(label))
                .append("</th><td>").append(value.isBlank() ? "Not given" : PdfDocuments.escape(value)).append("</td></tr>"));
        body.append("</table>");
        return PdfDocuments.render("Travel passport for " + details.fullName(), council.name(), body.toString());
    }

    /** The questions, in the order drivers read them. */
    public static Map<String, String> fields(TravelPassportForm form) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("How I communicate", form.communication());
        fields.put("What helps me", form.whatHelps());
        fields.put("What upsets me", form.whatUpsets());
        fields.put("Medical needs and medication", form.medical());
        fields.put("Equipment I use", form.equipment());
        fields.put("Emergency contacts", form.emergencyContacts());
        return fields;
    }

    private Child child(UUID childId, ConsentScope scope) {
        Child child = children.findById(childId).orElseThrow(() -> new ChildNotFoundException(childId));
        access.require(child.getHouseholdId(), scope, PASSPORT, childId);
        return child;
    }
}
