package org.travelassist;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** A Vaadin browserless view test in the shared integration context; sign people in with {@link TestUsers}. */
@IntegrationTest
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {

    @Autowired protected AppUserDirectory directory;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }
}
