package org.travelassist.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.travelassist.places.LocalAuthorities.LocalAuthority;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.Postcode;

class UnknownPostcodeExceptionTest {

    static final CouncilProfile RUTLAND = new CouncilProfile("Rutland County Council", "Rutland", "Home to School Transport Team",
            List.of("Catmose", "Oakham"), new Postcode("LE15 6HP"), "01572 722577", "enquiries@rutland.gov.uk",
            URI.create("https://www.rutland.gov.uk"), "Monday to Friday", "dp@rutland.gov.uk",
            new CouncilProfile.WorkingDayWindows(20, 20, 20, 20, 40, 10, 5), null);

    @Test
    void a_postcode_in_our_own_district_may_be_a_new_home_and_the_family_is_given_our_number() {
        var e = new UnknownPostcodeException(new Postcode("LE15 1AA"), new LocalAuthority("Rutland County Council", "https://www.rutland.gov.uk"));
        assertThat(e.explain(RUTLAND)).isEqualTo("We cannot find LE15 1AA. Check it, or if your home is new, call Rutland County Council on 01572 722577.");
    }

    @Test
    void a_postcode_in_another_councils_area_says_so_and_which_council_to_contact() {
        var e = new UnknownPostcodeException(new Postcode("SW1A 1AA"), new LocalAuthority("Westminster City Council", "https://www.westminster.gov.uk"));
        assertThat(e.explain(RUTLAND)).isEqualTo("SW1A 1AA is not in Rutland. Contact Westminster City Council about travel to school: "
                + "https://www.westminster.gov.uk. If your home is new and in Rutland, call Rutland County Council on 01572 722577.");
    }

    @Test
    void a_postcode_in_no_council_we_know_is_told_to_contact_the_council_where_they_live() {
        var e = new UnknownPostcodeException(new Postcode("EH1 1AA"), null);
        assertThat(e.explain(RUTLAND)).startsWith("EH1 1AA is not in our area. Contact the council where you live about travel to school: "
                + "https://www.gov.uk/find-local-council.");
    }
}
