package org.travelassist.claims.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.travelassist.claims.ClaimCalendar;
import org.travelassist.claims.ClaimedDay;
import org.travelassist.claims.Journeys;
import org.travelassist.claims.MileageAssessment;
import org.travelassist.claims.MileageClaims;
import org.travelassist.shared.ui.Selects;

/**
 * The month (or a term, month by month) to claim, day by day, for a phone first: each school day ticked as a journey to begin with, with its
 * school runs; the days that cannot be claimed say why; the amount is worked out line by line as the family
 * changes a day (the server checks every date again when they send).
 */
class ClaimCalendarForm extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    final Map<LocalDate, Checkbox> ticks = new LinkedHashMap<>();
    final Map<LocalDate, Select<Journeys>> journeys = new LinkedHashMap<>();
    final TextArea note = new TextArea("Note for the council (optional)");
    final Button save = new Button("Save as draft");
    final Button send = new Button("Send claim");
    private final Div amount = new Div();
    private final MileageClaims claims;
    private final ClaimCalendar calendar;

    /** @param attachments shown under the note: the receipts the family attaches */
    ClaimCalendarForm(MileageClaims claims, ClaimCalendar calendar, Component attachments) {
        this.claims = claims;
        this.calendar = calendar;
        setId("claim-calendar");
        add(new Paragraph("The school days of " + calendar.claim().period() + " are ticked as days you drove "
                + calendar.allowance().children() + " to " + calendar.allowance().schoolName() + ". Untick the days you did not, "
                + "and choose \"Morning only\" or \"Afternoon only\" for a day with one school run."));
        if (!calendar.calendarKnown()) {
            add(new Paragraph("The council does not have this school's term dates yet, so the school will check every day you claim."));
        }
        var days = new Div();
        Map<YearMonth, UnorderedList> months = new LinkedHashMap<>();
        boolean severalMonths = calendar.days().stream().map(day -> YearMonth.from(day.date())).distinct().count() > 1;
        for (ClaimCalendar.CalendarDay day : calendar.days()) {
            months.computeIfAbsent(YearMonth.from(day.date()), month -> {
                var list = new UnorderedList();
                list.addClassName("ta-claim-days");
                if (severalMonths) {
                    // A term on one page: each month a calendar of its own, under its name.
                    var heading = new H3(MONTH.format(month));
                    heading.setId("month-" + month);
                    days.add(heading);
                }
                days.add(list);
                return list;
            }).add(row(day));
        }
        note.setId("note");
        note.setMaxLength(MileageClaims.NOTE_MAX);
        note.setHelperText("For example, why a day was morning only. At most " + MileageClaims.NOTE_MAX + " characters.");
        note.setValue(calendar.claim().note() == null ? "" : calendar.claim().note());
        note.setWidthFull();
        amount.setId("amount");
        amount.getElement().setAttribute("aria-live", "polite");
        save.setId("save-draft");
        send.setId("send");
        send.addClassName("ta-button");
        save.addClassNames("ta-button", "ta-button--secondary");
        send.setDisableOnClick(true);
        save.setDisableOnClick(true);
        var actions = new Div(send, save);
        actions.addClassName("ta-button-group");
        add(new H2("Days in " + calendar.claim().period()), days, note, attachments, amount, actions);
        refresh();
    }

    private ListItem row(ClaimCalendar.CalendarDay day) {
        String label = ClaimView.longDay(day.date());
        var item = new ListItem();
        item.addClassName("ta-claim-day");
        if (!day.claimable()) {
            var text = new Paragraph(label + ": " + day.notClaimable());
            text.setId("closed-" + day.date());
            text.addClassName("ta-hint");
            item.add(text);
            return item;
        }
        var tick = new Checkbox(label, day.marked() != null);
        tick.setId("day-" + day.date());
        var runs = new Select<Journeys>();
        runs.setId("journeys-" + day.date());
        runs.setLabel("School runs on " + label);
        runs.setItems(Journeys.values());
        runs.setItemLabelGenerator(journey -> journey.label);
        Selects.nameTheList(runs, "School runs on " + label);
        runs.setValue(day.marked() == null ? Journeys.BOTH : day.marked());
        runs.setEnabled(day.marked() != null);
        tick.addValueChangeListener(change -> {
            runs.setEnabled(change.getValue());
            refresh();
        });
        runs.addValueChangeListener(change -> refresh());
        ticks.put(day.date(), tick);
        journeys.put(day.date(), runs);
        item.add(tick, runs);
        return item;
    }

    /** The days ticked, with their school runs, as the family left them. */
    List<ClaimedDay> claimed() {
        var claimed = new ArrayList<ClaimedDay>();
        ticks.forEach((day, tick) -> {
            if (tick.getValue()) {
                claimed.add(new ClaimedDay(day, journeys.get(day).getValue()));
            }
        });
        return claimed;
    }

    /** Works the amount out again, line by line, from the server's rules. */
    void refresh() {
        MileageAssessment preview = claims.preview(calendar.claim().id(), claimed());
        amount.removeAll();
        amount.add(new H2("Amount"));
        if (preview.lines().isEmpty()) {
            amount.add(new Paragraph("No days ticked: nothing to claim."));
        }
        var lines = new UnorderedList();
        lines.setId("amount-lines");
        preview.lines().forEach(line -> lines.add(new ListItem(line.text())));
        var total = new Paragraph("Total: " + preview.total().formatted());
        total.setId("total");
        amount.add(lines, total);
        if (!preview.rejected().isEmpty()) {
            var refused = new UnorderedList();
            refused.setId("refused-days");
            preview.rejected().forEach(day -> refused.add(new ListItem(ClaimView.longDay(day.date()) + ": " + day.why())));
            amount.add(new Paragraph("These days cannot be paid:"), refused);
        }
    }
}
