package org.travelassist.schools.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.travelassist.schools.School;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.schools.SchoolStaff;
import org.travelassist.schools.SchoolStaffMember;
import org.travelassist.shared.GovukDates;

/** Each member of school staff, with the schools they are linked to and a button to unlink each. */
class StaffMemberList extends Div {

    private final SchoolStaff staff;
    private final SchoolRegister register;
    private Runnable changed = () -> {};

    StaffMemberList(SchoolStaff staff, SchoolRegister register) {
        this.staff = staff;
        this.register = register;
        setId("staff-members");
        refresh();
    }

    void onChange(Runnable changed) {
        this.changed = changed;
    }

    void refresh() {
        removeAll();
        add(new H2("Staff and their schools"));
        var members = staff.members();
        if (members.isEmpty()) {
            add(new Paragraph("Nobody has signed in as school staff yet."));
        }
        for (SchoolStaffMember member : members) {
            var section = new Div(new H3(member.name()),
                    new Paragraph("Last signed in " + GovukDates.at(member.lastSignedInAt())));
            section.addClassName("ta-staff-member");
            if (member.schools().isEmpty()) {
                section.add(new Paragraph("Not linked to any school: they see no pupils' claims."));
            } else {
                var schools = new UnorderedList();
                member.schools().stream().sorted().forEach(urn -> schools.add(school(member, urn)));
                section.add(schools);
            }
            add(section);
        }
    }

    private ListItem school(SchoolStaffMember member, String urn) {
        String name = register.find(urn).map(School::name).orElse("School with URN " + urn + " (no longer open)");
        var unlink = new Button("Unlink", click -> {
            staff.unlink(member.userId(), urn);
            refresh();
            changed.run();
        });
        unlink.setId("unlink-" + member.userId() + "-" + urn);
        unlink.getElement().setAttribute("aria-label", "Unlink " + member.name() + " from " + name);
        return new ListItem(new Span(name + " (URN " + urn + ") "), unlink);
    }
}
