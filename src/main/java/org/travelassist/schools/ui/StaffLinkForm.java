package org.travelassist.schools.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.Map;
import org.travelassist.schools.School;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.schools.SchoolStaff;
import org.travelassist.schools.SchoolStaffMember;
import org.travelassist.shared.ui.ComboBoxes;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.SuccessBanner;

/** Link a member of school staff to a school: choose both, then link. */
class StaffLinkForm extends Div {

    private final SchoolStaff staff;
    private final Runnable linked;
    final ErrorSummary errors = new ErrorSummary();
    final SuccessBanner done = new SuccessBanner();
    final Select<SchoolStaffMember> member = new Select<>();
    final ComboBox<School> school = new ComboBox<>("School");
    final Button link = new Button("Link to the school");

    StaffLinkForm(SchoolStaff staff, SchoolRegister register, Runnable linked) {
        this.staff = staff;
        this.linked = linked;
        member.setLabel("Member of school staff");
        member.setId("staff-member");
        member.setItemLabelGenerator(SchoolStaffMember::name);
        member.setEmptySelectionAllowed(false);
        school.setId("staff-school");
        school.setItems(register.openSchools());
        school.setItemLabelGenerator(s -> s.name() + " (URN " + s.urn() + ")");
        school.setClearButtonVisible(true);
        school.setWidth("min(100%, 30em)");
        ComboBoxes.nameTheList(school, "Schools");
        link.setId("link-staff");
        link.addClassName("ta-button");
        link.addClickListener(click -> link());
        add(new H2("Link a member of staff to a school"), errors, done, member, school, link);
        refresh();
    }

    void refresh() {
        var members = staff.members();
        var chosen = member.getValue();
        member.setItems(members);
        members.stream().filter(m -> chosen != null && m.userId().equals(chosen.userId())).findFirst().ifPresent(member::setValue);
        if (members.isEmpty()) {
            member.setHelperText("Nobody has signed in as school staff yet.");
        }
    }

    private void link() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (member.getValue() == null) {
            problems.put("staff-member", "Choose the member of school staff");
        }
        if (school.getValue() == null) {
            problems.put("staff-school", "Choose the school they work for");
        }
        errors.report(problems, Map.of("staff-member", member, "staff-school", school), link);
        if (!problems.isEmpty()) {
            return;
        }
        SchoolStaffMember who = member.getValue();
        School where = school.getValue();
        staff.link(who.userId(), where.urn());
        done.removeAll();
        done.add(new H2("Success"), new Paragraph(who.name() + " is linked to " + where.name() + "."));
        done.setVisible(true);
        school.clear();
        linked.run();
    }
}
