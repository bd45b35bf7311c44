package org.travelassist.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.travelassist.TestClock;
import org.travelassist.TravelAssistApplication;

/**
 * The portal as the harness runs it, in its own JVM: the application itself (local profile, production-mode
 * frontend), with the tests' movable clock and the load data ({@link LoadData}) added. The JVM's class path is the
 * harness's (the test class path), so the component scan is kept to the application's own classes: no test
 * configuration (such as the tests' event recorder, which would keep every event) is picked up by accident.
 */
public final class LoadPortal {

    private LoadPortal() {}

    public static void main(String[] args) throws IOException {
        var application = new SpringApplication(TravelAssistApplication.class, TestClock.class, LoadData.class);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("loadScanMainClassesOnly", new MainClassesOnly()));
        var context = application.run(args);
        String ready = context.getEnvironment().getRequiredProperty("travelassist.load.ready-file");
        Files.writeString(Path.of(ready), context.getBean(LoadData.class).summary());
    }

    /** Leaves every class compiled from the test sources out of the component scan; the sources above are explicit. */
    static final class MainClassesOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MainClassesOnly;
        }

        @Override
        public int hashCode() {
            return MainClassesOnly.class.hashCode();
        }
    }
}
