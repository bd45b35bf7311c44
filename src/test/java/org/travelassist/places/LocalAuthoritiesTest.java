package org.travelassist.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.travelassist.places.LocalAuthorities.LocalAuthority;
import org.travelassist.shared.Postcode;

class LocalAuthoritiesTest {

    final LocalAuthorities demo = new LocalAuthorities(new ClassPathResource("data/rutland/postcode-district-councils-demo.csv"));

    String council(String postcode) {
        return demo.find(Postcode.parse(postcode).orElseThrow()).map(LocalAuthority::name).orElse("none");
    }

    @Test
    void a_district_names_its_council_and_an_area_covers_the_districts_not_listed() {
        assertThat(council("LE15 1AA")).isEqualTo("Rutland County Council");
        assertThat(council("LE2 1AA")).isEqualTo("Leicester City Council");
        assertThat(council("LE12 9AA")).as("the LE area, outside the districts listed").isEqualTo("Leicestershire County Council");
        assertThat(council("PE9 2AA")).isEqualTo("Lincolnshire County Council");
        assertThat(council("PE1 1AA")).isEqualTo("Peterborough City Council");
        assertThat(council("NN17 1AA")).isEqualTo("North Northamptonshire Council");
        assertThat(council("SW1A 1AA")).isEqualTo("Westminster City Council");
        assertThat(council("M1 1AE")).isEqualTo("Manchester City Council");
        assertThat(council("M4 1AA")).as("M4 is not M1, and the M area is not listed").isEqualTo("none");
        assertThat(council("EH1 1AA")).isEqualTo("none");
    }

    @Test
    void a_broken_row_stops_start_up_rather_than_answer_wrongly() {
        assertThatThrownBy(() -> new LocalAuthorities(new ByteArrayResource("prefix,council,website\nLE15,Rutland\n".getBytes())))
                .hasMessageContaining("Not a council row");
    }
}
