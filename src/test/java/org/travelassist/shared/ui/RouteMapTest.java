package org.travelassist.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteMapTest {

    @Test
    void streets_are_sent_in_googles_encoded_polyline_format() {
        // The worked example of Google's "Encoded Polyline Algorithm Format" page.
        var line = List.of(new RouteMap.Point(38.5, -120.2), new RouteMap.Point(40.7, -120.95), new RouteMap.Point(43.252, -126.453));
        assertThat(RouteMap.encode(line)).isEqualTo("_p~iF~ps|U_ulLnnqC_mqNvxq`@");
    }

    @Test
    void a_point_costs_a_few_characters_once_the_line_has_started() {
        var line = List.of(new RouteMap.Point(52.64321, -0.56012), new RouteMap.Point(52.64330, -0.56001),
                new RouteMap.Point(52.64345, -0.55990));
        assertThat(RouteMap.encode(line)).hasSizeLessThan(12 + 2 * 6);
    }
}
