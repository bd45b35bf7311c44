package org.travelassist;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Travel Assist: home-to-school travel assistance for one English council. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class TravelAssistApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(TravelAssistApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1");
    }
}
