package org.travelassist.applications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.Casework;
import org.travelassist.applications.QueueItem;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.GovukDates;

/**
 * The officers' queue of open applications, soonest due first, with the working days left on each one's clock
 * (the decision, the review, or the hearing) and filters for status, school, overdue, SEN and "assigned to me".
 * {@value #PAGE_SIZE} to a page, fetched and counted in SQL: in September thousands are open.
 */
@Route("officer/queue")
@PageTitle("Work queue - " + MainLayout.SERVICE_NAME)
@Menu(title = "Work queue", order = 10)
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class WorkQueueView extends Div implements BeforeEnterObserver {

    static final int PAGE_SIZE = 50;

    private final Casework casework;
    /** Rows to a page: {@link #PAGE_SIZE}, smaller in a test. */
    int pageSize = PAGE_SIZE;
    final Select<ApplicationStatus> status = new Select<>();
    final TextField school = new TextField("School");
    final Checkbox overdue = new Checkbox("Overdue only");
    final Checkbox sen = new Checkbox("Special educational needs only");
    final Checkbox mine = new Checkbox("Assigned to me");
    final Div results = new Div();
    private QueueItem.Page shown = new QueueItem.Page(List.of(), 0, 0);
    final Button previous = new Button("Previous page", click -> show(shown.offset() - pageSize));
    final Button next = new Button("Next page", click -> show(shown.offset() + pageSize));
    final Span pageNumber = new Span();
    private final Nav pages = new Nav(previous, pageNumber, next);

    WorkQueueView(Casework casework) {
        this.casework = casework;
        addClassName("ta-wide");
        var heading = new H1("Work queue");
        heading.setId("work-queue");
        status.setLabel("Status");
        status.setId("filter-status");
        status.setItems(Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::open).toList());
        status.setItemLabelGenerator(s -> s == null ? "Any" : s.label);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        school.setId("filter-school");
        school.setValueChangeMode(ValueChangeMode.LAZY);
        overdue.setId("filter-overdue");
        sen.setId("filter-sen");
        mine.setId("filter-mine");
        var filters = new Div(status, school, overdue, sen, mine);
        filters.addClassName("ta-filters");
        status.addValueChangeListener(change -> refresh());
        school.addValueChangeListener(change -> refresh());
        overdue.addValueChangeListener(change -> refresh());
        sen.addValueChangeListener(change -> refresh());
        mine.addValueChangeListener(change -> refresh());
        results.setId("queue");
        previous.setId("queue-previous");
        next.setId("queue-next");
        pageNumber.setId("queue-page");
        pages.setId("queue-pages");
        pages.addClassName("ta-pagination");
        pages.getElement().setAttribute("aria-label", "Pages of the work queue");
        add(heading, filters, results, pages);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    /** From the first page again: the filters changed, or the queue was opened. */
    private void refresh() {
        show(0);
    }

    private void show(int offset) {
        shown = casework.queue(new QueueItem.Filter(status.getValue(), school.getValue(), overdue.getValue(), sen.getValue(),
                mine.getValue()), Math.max(0, offset), pageSize);
        if (shown.items().isEmpty() && shown.offset() > 0 && shown.total() > 0) {
            show((shown.total() - 1) / pageSize * pageSize); // cases were decided meanwhile: the last page there is now
            return;
        }
        showPages();
        results.removeAll();
        List<QueueItem> items = shown.items();
        if (items.isEmpty()) {
            var empty = new Paragraph("There are no applications waiting" + (filtered() ? " that match the filters." : ". New "
                    + "applications appear here when families send them."));
            empty.setId("queue-empty");
            results.add(empty);
            return;
        }
        var table = new Element("table");
        table.getClassList().add("ta-table");
        table.appendChild(new Element("caption").setText(caption()));
        var head = new Element("tr");
        for (String column : new String[] {"Reference", "Child", "School", "Status", "Due", "Working days left", "SEN", "Assigned to"}) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(column));
        }
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (QueueItem item : items) {
            var link = new Anchor("officer/applications/" + item.id(), item.reference());
            link.setId("open-" + item.reference());
            var row = new Element("tr");
            row.appendChild(new Element("th").setAttribute("scope", "row").appendChild(link.getElement()),
                    new Element("td").setText(item.childName()),
                    new Element("td").setText(item.schoolName() == null ? "" : item.schoolName()),
                    new Element("td").setText(item.status().label),
                    new Element("td").setText(GovukDates.day(item.due())),
                    new Element("td").setText(item.overdue() ? "Overdue by " + -item.workingDaysLeft() : String.valueOf(item.workingDaysLeft())),
                    new Element("td").setText(item.sen() ? "Yes" : "No"),
                    new Element("td").setText(item.assignedName() == null ? "Nobody" : item.assignedName()));
            if (item.overdue()) {
                row.getClassList().add("ta-overdue");
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        results.add(new org.travelassist.shared.ui.ScrollRegion("Applications in the work queue", table));
    }

    private String caption() {
        int total = shown.total();
        if (total <= pageSize) {
            return total + (total == 1 ? " application" : " applications") + ", soonest due first";
        }
        return "Applications %,d to %,d of %,d, soonest due first".formatted(shown.offset() + 1,
                shown.offset() + shown.items().size(), total);
    }

    private void showPages() {
        int count = (shown.total() + pageSize - 1) / pageSize;
        pages.setVisible(count > 1);
        previous.setEnabled(shown.offset() > 0);
        next.setEnabled(shown.offset() + pageSize < shown.total());
        pageNumber.setText("Page %,d of %,d".formatted(shown.offset() / pageSize + 1, count));
    }

    private boolean filtered() {
        return status.getValue() != null || !school.getValue().isBlank() || overdue.getValue() || sen.getValue() || mine.getValue();
    }
}
