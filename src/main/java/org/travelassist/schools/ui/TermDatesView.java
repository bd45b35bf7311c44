package org.travelassist.schools.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.schools.SchoolYear;
import org.travelassist.schools.TermCalendar;
import org.travelassist.schools.TermCalendars;
import org.travelassist.schools.internal.TermCalendarCsv;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.ComboBoxes;
import org.travelassist.shared.ui.MainLayout;

/**
 * Officers see a school's term dates for a year (its own, or the council's standard calendar that applies to it),
 * upload the council's or a school's calendar, and put a school back on the council's.
 */
@Route("officer/term-dates")
@PageTitle("Term dates - " + MainLayout.SERVICE_NAME)
@Menu(title = "Term dates", order = 13)
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class TermDatesView extends Div {

    private final TermCalendars calendars;
    final Select<SchoolYear> year = new Select<>();
    final ComboBox<CalendarOwner> owner = new ComboBox<>("Whose term dates");
    final Div calendar = new Div();
    final Button backToCouncil = new Button("Use the council's term dates for this school");
    final TermCalendarUploadPanel upload;

    TermDatesView(TermCalendars calendars, SchoolRegister register, Clock clock) {
        this.calendars = calendars;
        addClassName("ta-wide");
        SchoolYear current = SchoolYear.of(GovukDates.today(clock));
        var years = new TreeSet<>(calendars.years());
        years.add(current);
        years.add(current.next());
        year.setLabel("School year");
        year.setId("term-dates-year");
        year.setItems(years);
        year.setItemLabelGenerator(SchoolYear::toString);
        year.setValue(current);

        var owners = new ArrayList<CalendarOwner>(List.of(CalendarOwner.COUNCIL));
        register.openSchools().forEach(school -> owners.add(new CalendarOwner(school.urn(), school.name())));
        owner.setId("term-dates-owner");
        owner.setItems(owners);
        owner.setItemLabelGenerator(CalendarOwner::label);
        owner.setValue(CalendarOwner.COUNCIL);
        owner.setAllowCustomValue(false);
        owner.setWidth("min(100%, 30em)"); // school names are long: show them whole
        ComboBoxes.nameTheList(owner, "Schools");

        calendar.setId("term-dates-calendar");
        backToCouncil.setId("back-to-council-dates");
        backToCouncil.addClickListener(click -> backToCouncil());
        upload = new TermCalendarUploadPanel(calendars, current, applied -> refresh());

        year.addValueChangeListener(change -> refresh());
        owner.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                owner.setValue(CalendarOwner.COUNCIL); // clearing the box means the council's calendar
            } else {
                refresh();
            }
        });
        add(new H1("Term dates"),
                new Paragraph("Mileage claims and budgets count school days from these dates. The council's standard calendar "
                        + "applies to every school without its own; academies and other schools that set their own dates have "
                        + "their own calendar uploaded here, which replaces the council's for that school and year."),
                year, owner, calendar, upload);
        refresh();
    }

    private void refresh() {
        CalendarOwner whose = owner.getValue();
        SchoolYear which = year.getValue();
        calendar.removeAll();
        upload.show(whose, which);
        var shown = whose.urn() == null ? calendars.councilCalendar(which) : calendars.calendarFor(whose.urn(), which);
        calendar.add(new H2((whose.urn() == null ? "The council's term dates" : whose.name() + ": term dates") + " for " + which));
        if (shown.isEmpty()) {
            calendar.add(new Paragraph(whose.urn() == null
                    ? "No term dates are held for " + which + ". Until they are, no weekday counts as a school day for a claim."
                    : "No term dates are held for this school for " + which + ", and the council has none for that year either."));
            return;
        }
        TermCalendar held = shown.get();
        calendar.add(new Paragraph(source(whose, held)));
        if (whose.urn() != null && !held.council()) {
            calendar.add(backToCouncil);
        }
        calendar.add(download(held), new TermCalendarList(held));
    }

    /** The dates as the CSV the upload reads: a school's own calendar can start from the council's. */
    private static Anchor download(TermCalendar held) {
        String csv = TermCalendarCsv.write(held.periods());
        String fileName = "term-dates-" + (held.schoolUrn() == null ? "council" : held.schoolUrn()) + "-" + held.year().startYear() + ".csv";
        var link = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] content = csv.getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, "text/csv; charset=UTF-8", content.length);
        }), "Download these term dates (CSV)");
        link.setId("term-dates-csv");
        return link;
    }

    private static String source(CalendarOwner whose, TermCalendar held) {
        String loaded = "Loaded from " + held.source() + " by " + held.loadedBy() + " on " + GovukDates.day(held.loadedAt()) + ".";
        if (whose.urn() == null || !held.council()) {
            return (whose.urn() == null ? "" : "The school's own term dates. ") + loaded;
        }
        return "This school has no term dates of its own for this year: the council's standard calendar applies. " + loaded;
    }

    private void backToCouncil() {
        CalendarOwner whose = owner.getValue();
        if (whose.urn() != null) {
            calendars.removeOwnCalendar(whose.urn(), year.getValue());
        }
        refresh();
    }
}
