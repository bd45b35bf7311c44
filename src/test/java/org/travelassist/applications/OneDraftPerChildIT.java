package org.travelassist.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** Two tabs starting an application for one child at the same moment get the same draft, never two. */
@IntegrationTest
class OneDraftPerChildIT {

    @Autowired ApplicationService applications;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
    }

    @Test
    void starting_at_the_same_moment_from_two_tabs_gives_one_draft() throws Exception {
        var twoTabs = Executors.newFixedThreadPool(2);
        try {
            race(twoTabs);
        } finally {
            twoTabs.shutdownNow();
        }
    }

    private void race(ExecutorService twoTabs) throws Exception {
        for (int attempt = 0; attempt < 8; attempt++) {
            UUID child = ApplicationFixtures.parentWithChild(directory, households);
            AppUser parent = TestUsers.current();
            var together = new CyclicBarrier(2);
            List<CompletableFuture<UUID>> tabs = new ArrayList<>();
            for (int tab = 0; tab < 2; tab++) {
                tabs.add(CompletableFuture.supplyAsync(() -> {
                    TestUsers.actAs(parent);
                    try {
                        together.await(5, TimeUnit.SECONDS);
                        return applications.start(child);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        TestUsers.signOut();
                    }
                }, twoTabs));
            }
            var ids = new HashSet<UUID>();
            for (var tab : tabs) {
                ids.add(tab.get(30, TimeUnit.SECONDS));
            }
            assertThat(ids).as("both tabs continue the same draft").hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from application where child_id = ? and status = 'DRAFT'", Integer.class, child))
                    .isEqualTo(1);
        }
    }

    @Test
    void the_database_itself_refuses_a_second_draft_for_a_child() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        UUID draft = applications.start(child);

        assertThatThrownBy(() -> jdbc.update("""
                insert into application (id, household_id, child_id, child_name, status, answers, created_at, updated_at)
                select ?, household_id, child_id, child_name, 'DRAFT', '{}'::jsonb, now(), now() from application where id = ?""",
                UUID.randomUUID(), draft)).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("application_one_draft_per_child");
    }
}
