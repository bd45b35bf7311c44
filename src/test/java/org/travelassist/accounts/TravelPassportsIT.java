package org.travelassist.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.IntegrationTest;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

@IntegrationTest
class TravelPassportsIT {

    @Autowired TravelPassports passports;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_parent_keeps_a_travel_passport_and_downloads_it_as_one_tagged_pdf_page() throws Exception {
        TestUsers.newParent(directory);
        UUID child = households.addChild(UUID.randomUUID(),
                new ChildForm("Sam Okafor", "3", "4", "2016", "1 High Street", "Oakham", "LE15 6HQ", "", true)).id();
        passports.save(child, new TravelPassportForm("Uses Makaton signs & a picture card", "Music on headphones",
                "Sudden loud noises <sirens>", "Buccal midazolam for seizures over 5 minutes", "Car seat", "Mum: 07700 900123", null));

        byte[] pdf = passports.pdf(child);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged for screen readers (PDF/UA)").isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Travel passport for Sam Okafor");
            assertThat(document.getDocumentInformation().getSubject()).as("PDF/UA wants a description").isNotBlank();
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Travel passport: Sam Okafor", "How I communicate", "Uses Makaton signs & a picture card",
                    "Sudden loud noises <sirens>", "Buccal midazolam", "07700 900123");
        }
    }

    @Test
    void a_passport_longer_than_the_limit_is_refused_and_another_household_cannot_read_it() {
        TestUsers.newParent(directory);
        UUID child = households.addChild(UUID.randomUUID(),
                new ChildForm("Kit Lee", "3", "4", "2016", "1 High Street", "Oakham", "LE15 6HQ", "", false)).id();
        assertThatThrownBy(() -> passports.save(child, new TravelPassportForm("x".repeat(2001), "", "", "", "", "", null)))
                .hasMessageContaining("2000 characters or fewer");
        TestUsers.newParent(directory);
        assertThatThrownBy(() -> passports.pdf(child)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
