package org.travelassist.shared.ui;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;

/**
 * The one cookie the service sets. It is strictly necessary, so no consent banner is needed (PECR regulation 6(4)),
 * but people must still be told what it is.
 */
@Route(CookiesView.ROUTE)
@PageTitle("Cookies - " + MainLayout.SERVICE_NAME)
@AnonymousAllowed
public class CookiesView extends InformationPage {

    public static final String ROUTE = "cookies";

    CookiesView(@Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        super("Cookies", "cookies-heading");
        add(text("Cookies are small files saved on your phone, tablet or computer when you visit a website."),
                text(MainLayout.SERVICE_NAME + " uses one cookie. It is essential for the service to work, so it is "
                        + "always on. We do not use cookies to measure how you use the service, and we do not use "
                        + "advertising cookies."));
        section("Essential cookie", table(idleTimeout));
        add(text("If you turn cookies off in your browser, you cannot sign in or send an application."));
    }

    private static ScrollRegion table(Duration idleTimeout) {
        var table = new Element("table");
        table.setAttribute("id", "cookie-table");
        table.getClassList().add("ta-table");
        var caption = new Element("caption").setText("The cookie " + MainLayout.SERVICE_NAME + " sets");
        var head = new Element("tr").appendChild(
                new Element("th").setAttribute("scope", "col").setText("Name"),
                new Element("th").setAttribute("scope", "col").setText("Purpose"),
                new Element("th").setAttribute("scope", "col").setText("Expires"));
        var row = new Element("tr").appendChild(
                new Element("td").setText("JSESSIONID"),
                new Element("td").setText("Keeps you signed in and remembers your answers as you move from page to page"),
                new Element("td").setText("When you close your browser, or after " + idleTimeout.toMinutes() + " minutes without using the service"));
        table.appendChild(caption, new Element("thead").appendChild(head), new Element("tbody").appendChild(row));
        return new ScrollRegion("Cookies", table);
    }
}
