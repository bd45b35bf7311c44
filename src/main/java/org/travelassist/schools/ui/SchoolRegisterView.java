package org.travelassist.schools.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.travelassist.places.GridReference;
import org.travelassist.schools.AccessPoint;
import org.travelassist.schools.School;
import org.travelassist.schools.SchoolImports;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.ui.MainLayout;

/**
 * Officers keep the school register: import the latest GIAS file (checked, then applied by a senior officer), and
 * record the gates pupils use, which walking distances are measured to.
 */
@Route("officer/schools")
@PageTitle("School register - " + MainLayout.SERVICE_NAME)
@Menu(title = "School register", order = 11)
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class SchoolRegisterView extends Div implements BeforeEnterObserver {

    private final SchoolRegister register;

    final SchoolImportPanel importPanel;
    final TextField search = new TextField("Find a school");
    final Grid<School> schools = new Grid<>();
    final Div gates = new Div();
    final TextField gateName = new TextField("Gate name");
    final TextField easting = new TextField("Easting");
    final TextField northing = new TextField("Northing");
    final Button addGate = new Button("Add gate");
    final Paragraph gateProblem = new Paragraph();
    private @Nullable School selected;

    SchoolRegisterView(SchoolRegister register, SchoolImports imports, CurrentUser currentUser) {
        this.register = register;
        addClassName("ta-wide");

        importPanel = new SchoolImportPanel(imports, currentUser, this::refresh);
        search.setId("school-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        schools.setId("schools");
        schools.addColumn(School::name).setHeader("School").setFlexGrow(3);
        schools.addColumn(School::urn).setHeader("URN");
        schools.addColumn(School::type).setHeader("Type").setFlexGrow(2);
        schools.addColumn(s -> s.lowAge() + " to " + s.highAge()).setHeader("Ages");
        schools.addColumn(s -> s.qualifying() ? "Yes" : "No").setHeader("Qualifying");
        schools.addColumn(s -> s.accessPoints().size()).setHeader("Gates");
        schools.setAllRowsVisible(true);
        schools.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));

        gates.setId("gates");
        gateName.setId("gate-name");
        easting.setId("gate-easting");
        northing.setId("gate-northing");
        easting.setHelperText("British National Grid, metres");
        addGate.setId("add-gate");
        addGate.addClassName("ta-button");
        addGate.addClickListener(click -> addGate());
        gateProblem.setId("gate-problem");
        gateProblem.addClassName("ta-error-message");
        gateProblem.setVisible(false);

        add(new H1("School register"), importPanel,
                new H2("Schools and their gates"),
                new Paragraph("Walking distances run to a school's nearest gate. Without a gate, they run to the school's "
                        + "point in GIAS."),
                search, schools, gates);
        refresh();
        select(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        importPanel.showPending();
    }

    private void refresh() {
        String typed = search.getValue().strip();
        schools.setItems(typed.isEmpty() ? register.openSchools() : register.search(typed, 200));
    }

    private void select(@Nullable School school) {
        selected = school == null ? null : register.find(school.urn()).orElse(null);
        gates.removeAll();
        if (selected == null) {
            gates.add(new Paragraph("Select a school to see and record its gates."));
            return;
        }
        gates.add(new H2("Gates of " + selected.name()));
        if (selected.accessPoints().isEmpty()) {
            gates.add(new Paragraph("No gates recorded: distances run to the school's point in GIAS ("
                    + Math.round(selected.grid().easting()) + ", " + Math.round(selected.grid().northing()) + ")."));
        }
        for (AccessPoint gate : selected.accessPoints()) {
            var remove = new Button("Remove", click -> {
                register.removeAccessPoint(selected.urn(), gate.id());
                select(selected);
                refresh();
            });
            remove.getElement().setAttribute("aria-label", "Remove " + gate.name());
            var row = new Div(new Paragraph(gate.name() + ": " + Math.round(gate.grid().easting()) + ", "
                    + Math.round(gate.grid().northing())), remove);
            row.addClassName("ta-gate");
            gates.add(row);
        }
        gateName.clear();
        easting.clear();
        northing.clear();
        gateProblem.setVisible(false);
        gates.add(gateName, easting, northing, gateProblem, addGate);
    }

    private void addGate() {
        if (selected == null) {
            return;
        }
        Integer east = number(easting.getValue());
        Integer north = number(northing.getValue());
        String problem = gateName.getValue().isBlank() ? "Enter a name for the gate, like Main gate"
                : east == null || east <= 0 || east >= 700_000 ? "Enter the easting in metres, like 485757"
                : north == null || north <= 0 || north >= 1_300_000 ? "Enter the northing in metres, like 308037"
                : new GridReference(east, north).metresTo(selected.grid()) > 2_000
                        ? "That point is more than 2 km from the school: check the easting and northing" : null;
        if (problem != null) {
            gateProblem.setText(problem);
            gateProblem.setVisible(true);
            return;
        }
        register.addAccessPoint(selected.urn(), gateName.getValue(), new GridReference(east, north));
        select(selected);
        refresh();
        UI.getCurrent().getPage().executeJs("document.getElementById('gates').focus()");
    }

    private static @Nullable Integer number(String typed) {
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
