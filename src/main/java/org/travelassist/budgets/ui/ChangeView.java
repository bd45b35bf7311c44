package org.travelassist.budgets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.budgets.BudgetChangePreview;
import org.travelassist.budgets.BudgetDetails;
import org.travelassist.budgets.Budgets;
import org.travelassist.budgets.InvalidBudgetException;
import org.travelassist.schools.School;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.ui.ComboBoxes;
import org.travelassist.shared.ui.SummaryList;

/**
 * Report a change of address or school: the entitlement is checked again from the new circumstances and the new
 * amount shown as a preview before anything changes; a parent then sends it to the council, which re-checks it.
 */
@Route("budgets/:id/change")
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class ChangeView extends BudgetPage {

    private final Budgets budgets;
    private final SchoolRegister schools;
    private final CurrentUser currentUser;
    final TextField postcode = new TextField("New home postcode");
    final ComboBox<School> school = new ComboBox<>("New school (leave empty if the school stays the same)");
    final Div preview = new Div();

    ChangeView(Budgets budgets, SchoolRegister schools, CurrentUser currentUser) {
        super("ta-narrow");
        this.budgets = budgets;
        this.schools = schools;
        this.currentUser = currentUser;
        postcode.setId("postcode");
        postcode.addClassName("ta-field");
        postcode.setHelperText("If you have not moved, enter your postcode as it is");
        school.setId("school");
        school.addClassName("ta-field");
        school.setItemLabelGenerator(School::name);
        school.setItems(query -> schools.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                .skip(query.getOffset()));
        ComboBoxes.nameTheList(school, "Schools");
        preview.setId("change-preview");
    }

    @Override
    protected void show(UUID id) {
        BudgetDetails budget = budgets.budget(id);
        back.setHref("budgets/" + id);
        back.setText("Back to the budget");
        title("Report a change for " + budget.childName());
        var check = new Button("Preview the new amount");
        check.setId("preview-change");
        check.addClassName("ta-button");
        check.addClickListener(click -> preview(id));
        preview.removeAll();
        content.add(new Paragraph("Nothing changes until the council has checked it. The amount below is a preview from the "
                + "council's policy today."), postcode, school, check, preview);
    }

    private void preview(UUID id) {
        preview.removeAll();
        try {
            BudgetChangePreview shown = budgets.previewChange(id, postcode.getValue(), urn());
            errors.clear();
            var facts = new SummaryList().row("School", shown.schoolName()).row("Entitlement", shown.entitlement())
                    .row("New amount", shown.summary());
            facts.setId("preview-facts");
            preview.add(new H2("What the change would mean"), facts);
            if (currentUser.require().hasRole(AppRoles.PARENT)) {
                var what = new TextArea("What changed, and from when");
                what.setId("what-changed");
                what.addClassName("ta-field");
                what.setMaxLength(2000);
                preview.add(what, step("report-change", "Send the change to the council",
                        () -> budgets.reportChange(id, postcode.getValue(), urn(), what.getValue()), Map.of("what-changed", what),
                        "Thank you. The council will check the change and write to you before the budget changes."));
            }
        } catch (InvalidBudgetException e) {
            errors.report(e.problems(), Map.of("postcode", postcode, "school", school), postcode);
        }
    }

    private @Nullable String urn() {
        return school.getValue() == null ? null : school.getValue().urn();
    }
}
