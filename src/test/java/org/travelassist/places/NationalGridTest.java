package org.travelassist.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NationalGridTest {

    @Test
    void a_rutland_grid_reference_converts_to_the_same_position_as_proj() {
        // LE15 0BJ: cs2cs EPSG:27700 -> EPSG:4326 gives 52.670447, -0.727878 (shared/data/postcodes, Helmert).
        LatLon position = NationalGrid.toLatLon(new GridReference(486119, 308841));
        assertThat(position.latitude()).isCloseTo(52.670447, within(0.00002));
        assertThat(position.longitude()).isCloseTo(-0.727878, within(0.00002));
    }

    @Test
    void a_position_converts_back_to_its_grid_reference_within_a_metre() {
        var grid = new GridReference(486119, 308841);
        var back = NationalGrid.toGrid(NationalGrid.toLatLon(grid));
        assertThat(back.metresTo(grid)).isLessThan(1.0);
    }

    @Test
    void straight_line_distances_are_in_metres_on_the_grid() {
        assertThat(new GridReference(0, 0).metresTo(new GridReference(3000, 4000))).isEqualTo(5000.0);
    }
}
