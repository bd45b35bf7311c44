package org.travelassist.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;

/**
 * Warns a signed-in person before the portal signs them out for being idle, with a way to stay signed in (WCAG
 * 2.2.1, GOV.UK "timeout warning"): a modal {@code <dialog role="alertdialog">} that takes the focus, so a screen
 * reader announces it. The idle clock is the server's: it restarts after every real round trip to the server (not
 * Vaadin's heartbeat, which {@code vaadin.close-idle-sessions} does not count), so the page watches those requests.
 * "Stay signed in" is itself a round trip; the page's clock restarts only when the server has answered it.
 */
@Tag("dialog")
class SessionTimeoutWarning extends Component implements HasComponents {

    static final Duration WARN_BEFORE = Duration.ofMinutes(2);

    // $0: seconds from the last round trip to the warning; $1: to signing out (a little before the server would).
    private static final String WATCH_ROUND_TRIPS = """
            const dialog = this;
            const watch = window.taSessionTimeout = window.taSessionTimeout || {};
            watch.restart = () => {
              clearTimeout(watch.warning); clearTimeout(watch.end);
              if (dialog.open) dialog.close();
              watch.warning = setTimeout(() => {
                dialog.showModal();
                dialog.querySelector('#stay-signed-in').focus();
              }, $0 * 1000);
              watch.end = setTimeout(() => dialog.querySelector('#timeout-sign-out').click(), $1 * 1000);
            };
            if (!watch.hooked) {
              watch.hooked = true;
              const open = XMLHttpRequest.prototype.open;
              XMLHttpRequest.prototype.open = function (method, url) {
                if (String(url).includes('v-r=uidl')) {
                  this.addEventListener('loadend', () => window.taSessionTimeout.restart());
                }
                return open.apply(this, arguments);
              };
            }
            if (!dialog.taEscape) {
              // Escape means "stay signed in", as in the GOV.UK pattern; it must not just hide the warning.
              dialog.taEscape = true;
              dialog.addEventListener('cancel', event => {
                event.preventDefault();
                dialog.querySelector('#stay-signed-in').click();
              });
            }
            watch.restart();
            """;

    SessionTimeoutWarning(Runnable signOut) {
        setId("session-timeout");
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-modal", "true");
        getElement().setAttribute("aria-labelledby", "session-timeout-heading");
        getElement().setAttribute("aria-describedby", "session-timeout-text");
        getElement().setAttribute("class", "ta-timeout-dialog");

        var heading = new H2("You will be signed out soon");
        heading.setId("session-timeout-heading");
        var text = new Paragraph("You have not used this page for a while. To protect your information, we will sign you "
                + "out in " + WARN_BEFORE.toMinutes() + " minutes. Anything you have saved is kept.");
        text.setId("session-timeout-text");

        // A round trip of its own is all "Stay signed in" needs: the server's idle clock restarts with it.
        var stay = new Button("Stay signed in", click -> {});
        stay.setId("stay-signed-in");
        stay.addClassName("ta-button");
        var leave = new Button("Sign out", click -> signOut.run());
        leave.setId("timeout-sign-out");
        leave.addClassName("ta-link-button");
        var actions = new Div(stay, leave);
        actions.addClassName("ta-button-group");
        add(heading, text, actions);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        int idleSeconds = VaadinSession.getCurrent().getSession().getMaxInactiveInterval();
        if (idleSeconds <= 0) {
            return; // sessions that never time out need no warning
        }
        long warnAt = Math.max(0, idleSeconds - WARN_BEFORE.toSeconds());
        long signOutAt = Math.max(warnAt + 1, idleSeconds - 5);
        getElement().executeJs(WATCH_ROUND_TRIPS, warnAt, signOutAt);
    }
}
