package org.travelassist.security.local;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fixed demo accounts of the local identity provider. {@code username} becomes the ID token's {@code sub};
 * staff carry Entra-style app roles. The adviser's email is registered as a SENDIAS adviser by the demo data.
 */
public record DemoAccount(String username, String name, String email, String description, String issuer, @Nullable String appRole) {

    public static final String FAMILIES = "families";
    public static final String STAFF = "staff";

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("parent-priya", "Priya Shah", "priya.shah@example.com", "Parent, Oakham household", FAMILIES, null),
            new DemoAccount("parent-tom", "Tom Baker", "tom.baker@example.com", "Parent, Uppingham household", FAMILIES, null),
            new DemoAccount("adviser-sam", "Sam Adebayo", "sam.adebayo@sendias.example.org", "SENDIAS adviser", FAMILIES, null),
            new DemoAccount("officer-olivia", "Olivia Grant", "olivia.grant@rutland.example.gov.uk", "Transport officer", STAFF, "TransportOfficer"),
            new DemoAccount("senior-sunil", "Sunil Mehta", "sunil.mehta@rutland.example.gov.uk", "Senior transport officer", STAFF, "SeniorTransportOfficer"),
            new DemoAccount("finance-fatima", "Fatima Khan", "fatima.khan@rutland.example.gov.uk", "Finance officer", STAFF, "FinanceOfficer"),
            new DemoAccount("finance-felix", "Felix Ward", "felix.ward@rutland.example.gov.uk", "Finance officer (approves runs)", STAFF, "FinanceOfficer"),
            new DemoAccount("school-sarah", "Sarah Quinn", "office@casterton.example.sch.uk", "School office, Casterton College", STAFF, "SchoolStaff"),
            new DemoAccount("manager-maya", "Maya Patel", "maya.patel@rutland.example.gov.uk", "Transport manager (dashboard)", STAFF, "TransportManager"));

    /**
     * The claims the provider adds to this account's tokens, as the JSON its login form posts. Families' tokens say,
     * as One Login's do, that they signed in with a second factor ({@code vot}) under the provider's trustmark.
     *
     * @param providerUrl the provider's address; each issuer is a path under it
     */
    String claimsJson(String providerUrl) {
        String roles = appRole == null ? "" : ",\"roles\":[\"" + appRole + "\"]";
        String trust = FAMILIES.equals(issuer)
                ? ",\"vot\":\"Cl.Cm\",\"vtm\":\"" + providerUrl + "/" + issuer + "/trustmark\""
                : "";
        return "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"email_verified\":true" + roles + trust + "}";
    }
}
