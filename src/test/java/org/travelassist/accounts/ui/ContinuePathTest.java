package org.travelassist.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContinuePathTest {

    @ParameterizedTest
    @ValueSource(strings = {"applications/3f2c9a1e-0000-4000-8000-000000000001/budget", "household", "/household", "claims/2026-11"})
    void a_path_inside_the_portal_is_kept(String path) {
        assertThat(ContinuePath.of(path)).contains(path.startsWith("/") ? path.substring(1) : path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)",
            "../admin", "household/../..", "household?x=https://evil.example", "%2F%2Fevil.example", "household//x", "", " household",
            "http:evil.example", "household#x", "./household"})
    void anything_that_could_leave_the_portal_is_ignored(String path) {
        assertThat(ContinuePath.of(path)).isEmpty();
    }
}
