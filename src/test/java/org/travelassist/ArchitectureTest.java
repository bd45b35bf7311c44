package org.travelassist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.travelassist.shared.GovukDates;

class ArchitectureTest {

    static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.travelassist");

    static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS_ANNOTATIONS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void every_view_carries_exactly_one_access_annotation() {
        classes().that().areAnnotatedWith(Route.class)
                .should(new ArchCondition<>("carry exactly one access annotation") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        long count = ACCESS_ANNOTATIONS.stream().filter(view::isAnnotatedWith).count();
                        events.add(new SimpleConditionEvent(view, count == 1,
                                view.getName() + " has " + count + " access annotations"));
                    }
                })
                .check(classes);
    }

    @Test
    void public_services_are_secured_at_class_level() {
        classes().that().areAnnotatedWith(Service.class).and().arePublic()
                .should().beAnnotatedWith(PreAuthorize.class)
                .because("views are not the security boundary")
                .check(classes);
    }

    @Test
    void services_and_entities_do_not_depend_on_views() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveFullyQualifiedName(TravelAssistApplication.class.getName())
                .and().resideOutsideOfPackage("org.travelassist.security")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void only_payments_stripe_uses_stripe_java() {
        noClasses().that().resideOutsideOfPackage("org.travelassist.payments.stripe..")
                .should().dependOnClassesThat().resideInAPackage("com.stripe..")
                .because("one adapter owns Stripe, behind the payments module's own ports")
                .check(classes);
    }

    @Test
    void the_applications_repositories_are_reached_only_through_its_services() {
        classes().that().resideInAPackage("org.travelassist.applications..")
                .and().areAssignableTo(org.springframework.data.repository.Repository.class)
                .should().notBePublic()
                .because("ApplicationRecords and the other internal services are the only way to an application's records")
                .check(classes);
    }

    @Test
    void today_is_a_date_in_england() {
        noClasses().that().doNotHaveFullyQualifiedName(GovukDates.class.getName())
                .should().callMethod(LocalDate.class, "now", Clock.class)
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                .because("the injected clock is UTC: between midnight and 1am in summer its date is yesterday's; "
                        + "use GovukDates.today(clock)")
                .check(classes);
    }
}
