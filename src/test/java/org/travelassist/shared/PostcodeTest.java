package org.travelassist.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({
        "le156hq, LE15 6HQ",
        "' LE15  6HQ ', LE15 6HQ",
        "pe9 2aa, PE9 2AA",
        "LE15 9QX, LE15 9QX",
        "sw1a1aa, SW1A 1AA",
        "ec1a 1bb, EC1A 1BB",
        "m11ae, M1 1AE",
        "gir0aa, GIR 0AA"
    })
    void what_people_type_is_normalised(String typed, String normal) {
        assertThat(Postcode.parse(typed)).map(Postcode::value).contains(normal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "LE15", "LE15 6H", "12345", "LE15 6HQQ", "Q1 1AA1", "not a postcode", "LE156HQ!"})
    void what_cannot_be_a_postcode_is_refused(String typed) {
        assertThat(Postcode.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"le15 6hq", "LE156HQ", "LE15  6HQ"})
    void a_postcode_value_must_already_be_normal(String value) {
        assertThatThrownBy(() -> new Postcode(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
