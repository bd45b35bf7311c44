package org.travelassist.shared.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** A one-time success message carried to the next page, kept in the session rather than in the URL. */
public final class Flash {

    private static final String KEY = Flash.class.getName();

    private Flash() {}

    public static void set(String message) {
        VaadinSession.getCurrent().setAttribute(KEY, message);
    }

    public static Optional<String> take() {
        var session = VaadinSession.getCurrent();
        var message = Optional.ofNullable((String) session.getAttribute(KEY));
        session.setAttribute(KEY, null);
        return message;
    }
}
