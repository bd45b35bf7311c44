package org.travelassist;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    static final ApplicationModules modules = ApplicationModules.of(TravelAssistApplication.class);

    @Test
    void modules_use_each_other_only_through_their_public_api_and_declared_dependencies() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
