package org.travelassist.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SessionMenuTest {

    private static final SessionMenu.Roles SIGNED_OUT = new SessionMenu.Roles(false, Set.of("ROLE_ANONYMOUS"));
    private static final SessionMenu.Roles PARENT = new SessionMenu.Roles(true, Set.of("ROLE_PARENT"));
    private static final SessionMenu.Roles OFFICER = new SessionMenu.Roles(true, Set.of("ROLE_OFFICER"));

    private final AtomicInteger built = new AtomicInteger();

    private Supplier<List<MenuEntry>> menuFor(String title) {
        return () -> {
            built.incrementAndGet();
            return List.of(new MenuEntry("/" + title, title, 1.0, null, null));
        };
    }

    @Test
    void the_same_roles_reuse_the_menu_built_first() {
        var menu = new SessionMenu();
        List<MenuEntry> first = menu.entries(PARENT, menuFor("household"));
        for (int navigation = 0; navigation < 5; navigation++) {
            assertThat(menu.entries(new SessionMenu.Roles(true, Set.of("ROLE_PARENT")), menuFor("other"))).isSameAs(first);
        }
        assertThat(built).hasValue(1);
        assertThat(menu.builds()).isEqualTo(1);
    }

    @Test
    void other_roles_build_it_again_signing_in_and_out() {
        var menu = new SessionMenu();
        assertThat(menu.entries(SIGNED_OUT, menuFor("start"))).extracting(MenuEntry::title).containsExactly("start");
        assertThat(menu.entries(OFFICER, menuFor("queue"))).extracting(MenuEntry::title).containsExactly("queue");
        assertThat(menu.entries(OFFICER, menuFor("other"))).extracting(MenuEntry::title).containsExactly("queue");
        assertThat(menu.entries(SIGNED_OUT, menuFor("start again"))).extracting(MenuEntry::title).containsExactly("start again");
        assertThat(built).hasValue(3);
    }
}
