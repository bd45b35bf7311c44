package org.travelassist.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.net.URI;
import org.junit.jupiter.api.Test;
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

    @Test
    void whatever_is_asked_for_the_result_is_a_path_on_this_site() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(requested -> ContinuePath.of(requested)
                .ifPresent(path -> assertThat(URI.create("https://portal.example/").resolve(path).getHost()).isEqualTo("portal.example")));
        qt().forAll(strings().ascii().ofLengthBetween(0, 40)).checkAssert(requested -> ContinuePath.of(requested)
                .ifPresent(path -> assertThat(path).doesNotContain("//", ":", "\\", "?", "#", "%").doesNotStartWith("/").doesNotStartWith(".")));
    }
}
