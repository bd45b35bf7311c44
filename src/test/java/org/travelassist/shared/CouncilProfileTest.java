package org.travelassist.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CouncilProfileTest {

    private static final String[] RUTLAND = {
        "travelassist.council.name=Rutland County Council",
        "travelassist.council.area=Rutland",
        "travelassist.council.team=Home to School Transport Team",
        "travelassist.council.address-lines=Catmose,Oakham,Rutland",
        "travelassist.council.postcode=LE15 6HP",
        "travelassist.council.phone=01572 722577",
        "travelassist.council.email=enquiries@rutland.gov.uk",
        "travelassist.council.website=https://www.rutland.gov.uk",
        "travelassist.council.opening-hours=Monday to Friday, 8:30am to 5pm",
        "travelassist.council.data-protection-email=dataprotection@rutland.gov.uk"
    };

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(CouncilProfileConfiguration.class);

    @Test
    void the_profile_binds_with_the_statutory_working_day_windows_by_default() {
        context.withPropertyValues(RUTLAND).run(started -> {
            assertThat(started).hasNotFailed();
            CouncilProfile council = started.getBean(CouncilProfile.class);
            assertThat(council.name()).isEqualTo("Rutland County Council");
            assertThat(council.addressLines()).containsExactly("Catmose", "Oakham", "Rutland");
            assertThat(council.addressOnOneLine()).isEqualTo("Catmose, Oakham, Rutland LE15 6HP");
            assertThat(council.openingHours()).isEqualTo("Monday to Friday, 8:30am to 5pm");
            assertThat(council.website()).isEqualTo(URI.create("https://www.rutland.gov.uk"));
            assertThat(council.workingDays()).isEqualTo(new CouncilProfile.WorkingDayWindows(20, 20, 20, 20, 40, 10, 5));
            assertThat(council.bacs()).isNull();
        });
    }

    @Test
    void a_council_may_set_its_own_windows_and_bank_details() {
        context.withPropertyValues(RUTLAND)
                .withPropertyValues("travelassist.council.working-days.decision=15",
                        "travelassist.council.working-days.hearing-within=30",
                        "travelassist.council.bacs.service-user-number=123456",
                        "travelassist.council.bacs.sort-code=12-34-56",
                        "travelassist.council.bacs.account-number=12345678",
                        "travelassist.council.bacs.account-name=RUTLAND CC")
                .run(started -> {
                    CouncilProfile council = started.getBean(CouncilProfile.class);
                    assertThat(council.workingDays().decision()).isEqualTo(15);
                    assertThat(council.workingDays().hearingWithin()).isEqualTo(30);
                    assertThat(council.workingDays().reviewRequest()).isEqualTo(20);
                    assertThat(council.bacs()).isEqualTo(new CouncilProfile.Bacs("123456", "12-34-56", "12345678", "RUTLAND CC"));
                });
    }

    @Test
    void without_a_name_the_portal_does_not_start() {
        context.withPropertyValues(without("travelassist.council.name")).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("travelassist.council")
                    .hasMessageContaining("name");
        });
    }

    @Test
    void impossible_details_stop_start_up_too() {
        List.of("travelassist.council.email=not an email", "travelassist.council.postcode=LE156HP",
                "travelassist.council.working-days.decision=0", "travelassist.council.bacs.sort-code=123456")
                .forEach(bad -> context.withPropertyValues(RUTLAND).withPropertyValues(bad)
                        .run(started -> assertThat(started).as(bad).hasFailed()));
    }

    private static String[] without(String key) {
        return java.util.Arrays.stream(RUTLAND).filter(entry -> !entry.startsWith(key + "=")).toArray(String[]::new);
    }
}
