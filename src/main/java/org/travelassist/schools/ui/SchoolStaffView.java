package org.travelassist.schools.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.schools.SchoolStaff;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.MainLayout;

/** Officers link school office staff to the schools they work for, and unlink them. */
@Route("officer/school-staff")
@PageTitle("School staff - " + MainLayout.SERVICE_NAME)
@Menu(title = "School staff", order = 12)
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class SchoolStaffView extends Div {

    final StaffLinkForm form;
    final StaffMemberList members;

    SchoolStaffView(SchoolStaff staff, SchoolRegister register) {
        members = new StaffMemberList(staff, register);
        form = new StaffLinkForm(staff, register, members::refresh);
        members.onChange(form::refresh);
        add(new H1("School staff"),
                new Paragraph("School office staff confirm their pupils' attendance for mileage claims. They sign in with "
                        + "their council staff account, which must have the School staff role; after their first sign-in they "
                        + "appear here, and you link them to each school they work for. They see only the schools they are "
                        + "linked to. Every link and unlink is recorded in the audit trail."),
                form, members);
    }
}
