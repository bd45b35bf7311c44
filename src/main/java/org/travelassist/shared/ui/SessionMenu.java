package org.travelassist.shared.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The menu entries of one session, built once for the roles it is signed in with. Vaadin's
 * {@link MenuConfiguration#getMenuEntries()} walks every route and checks access to each (annotations read and
 * services looked up each time): a fifth of the portal's CPU at the September peak when the layout asked on every
 * navigation. What the menu lists depends only on the signed-in person's roles, which change at sign-in and
 * sign-out, so it is built again only when they differ from the last build.
 */
final class SessionMenu implements Serializable {

    /** Whether signed in, and with which authorities: all that decides which views the menu lists. */
    record Roles(boolean signedIn, Set<String> authorities) implements Serializable {}

    private @Nullable Roles builtFor;
    private List<MenuEntry> entries = List.of();
    private int builds;

    /** The session's menu, kept as one of its attributes. */
    static SessionMenu of(VaadinSession session) {
        SessionMenu menu = session.getAttribute(SessionMenu.class);
        if (menu == null) {
            menu = new SessionMenu();
            session.setAttribute(SessionMenu.class, menu);
        }
        return menu;
    }

    /** The entries for these roles: the last ones built if they were for the same roles, otherwise {@code build}'s. */
    List<MenuEntry> entries(Roles roles, Supplier<List<MenuEntry>> build) {
        if (!roles.equals(builtFor)) {
            entries = List.copyOf(build.get());
            builtFor = roles;
            builds++;
        }
        return entries;
    }

    /** How many times this session's menu was built: once, and once more for each change of roles. */
    int builds() {
        return builds;
    }
}
