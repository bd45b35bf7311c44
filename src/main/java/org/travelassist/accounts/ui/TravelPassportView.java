package org.travelassist.accounts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.accounts.ChildNotFoundException;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.accounts.TravelPassportForm;
import org.travelassist.accounts.TravelPassports;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.Flash;
import org.travelassist.shared.ui.MainLayout;

/** The child's travel passport: the family writes it once, and prints or shares the PDF with drivers and escorts. */
@Route("household/children/:childId/passport")
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class TravelPassportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TravelPassports passports;
    private final HouseholdService households;
    private final H1 heading = new H1();
    final List<TextArea> fields = new ArrayList<>();
    final Anchor download = new Anchor();
    private UUID childId = new UUID(0, 0);

    TravelPassportView(TravelPassports passports, HouseholdService households) {
        this.passports = passports;
        this.households = households;
        addClassName("ta-narrow");
        var back = new Anchor("household", "Back");
        back.addClassName("ta-back-link");
        String[] ids = {"communication", "what-helps", "what-upsets", "medical", "equipment", "emergency-contacts"};
        var labels = TravelPassports.fields(TravelPassportForm.empty()).keySet().toArray(String[]::new);
        for (int i = 0; i < ids.length; i++) {
            var area = new TextArea(labels[i]);
            area.setId(ids[i]);
            area.setMaxLength(TravelPassportForm.MAX_LENGTH);
            area.addClassName("ta-field");
            fields.add(area);
        }
        fields.getLast().setHelperText("Names, how they are related to your child, and phone numbers");
        var save = new Button("Save travel passport", click -> save());
        save.setId("save-passport");
        save.addClassName("ta-button");
        download.setId("download-passport");
        download.setText("Download the travel passport (PDF)");
        add(back, heading, new Paragraph("What drivers and passenger assistants need to know, in your words. Only you, advisers "
                + "you allow, and the people you give the PDF to will see it."));
        fields.forEach(this::add);
        add(new Div(save), new Paragraph(download));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            childId = UUID.fromString(event.getRouteParameters().get("childId").orElseThrow());
            var child = households.child(childId, ConsentScope.VIEW);
            heading.setText("Travel passport for " + child.fullName());
            var form = passports.passport(childId);
            var values = TravelPassports.fields(form).values().toArray(String[]::new);
            for (int i = 0; i < fields.size(); i++) {
                fields.get(i).setValue(values[i]);
            }
            UUID id = childId;
            download.setHref(DownloadHandler.fromInputStream(request -> {
                byte[] pdf = passports.pdf(id);
                return new DownloadResponse(new ByteArrayInputStream(pdf), "travel-passport.pdf", "application/pdf", pdf.length);
            }));
        } catch (IllegalArgumentException | ChildNotFoundException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void save() {
        var form = new TravelPassportForm(fields.get(0).getValue(), fields.get(1).getValue(), fields.get(2).getValue(),
                fields.get(3).getValue(), fields.get(4).getValue(), fields.get(5).getValue(), null);
        passports.save(childId, form);
        Flash.set("The travel passport has been saved");
        UI.getCurrent().navigate("household");
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " - " + MainLayout.SERVICE_NAME;
    }
}
