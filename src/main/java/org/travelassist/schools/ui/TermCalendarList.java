package org.travelassist.schools.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.travelassist.schools.TermCalendar;
import org.travelassist.schools.TermPeriod;

/** A calendar as a list per term: its dates and school days, then the holidays and closures up to its end. */
class TermCalendarList extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    TermCalendarList(TermCalendar calendar) {
        addClassName("ta-term-calendar");
        for (TermPeriod term : calendar.terms()) {
            long schoolDays = term.firstDay().datesUntil(term.lastDay().plusDays(1)).filter(day -> calendar.day(day).open()).count();
            add(new H3(term.name()), new Paragraph(range(term) + ": " + schoolDays + (schoolDays == 1 ? " school day" : " school days")));
            closures(calendar.closuresUpTo(term));
        }
        List<TermPeriod> after = calendar.closuresAfterLastTerm();
        if (!after.isEmpty()) {
            add(new H3("After the last term"));
            closures(after);
        }
    }

    private void closures(List<TermPeriod> closures) {
        if (closures.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        closures.forEach(period -> list.add(new ListItem(period.reason()
                + (period.reason().equals(period.kind().label()) ? "" : " (" + period.kind().label().toLowerCase(Locale.UK) + ")")
                + ": " + range(period))));
        add(list);
    }

    private static String range(TermPeriod period) {
        LocalDate first = period.firstDay();
        return first.equals(period.lastDay()) ? DAY.format(first) : DAY.format(first) + " to " + DAY.format(period.lastDay());
    }
}
