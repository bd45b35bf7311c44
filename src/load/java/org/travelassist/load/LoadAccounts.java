package org.travelassist.load;

/** The accounts {@link LoadData} makes and the harness signs in as, numbered from 1. */
public final class LoadAccounts {

    private LoadAccounts() {}

    /** A parent with a child, a decided mileage allowance (accepted, bank details held) and an application to track. */
    public static String parent(int i) {
        return "load-parent-%04d".formatted(i);
    }

    /** A family with a child and no application yet. */
    public static String applicant(int i) {
        return "load-applicant-%04d".formatted(i);
    }

    /** A family whose application waits in the officers' queue. */
    public static String waiting(int i) {
        return "load-waiting-%04d".formatted(i);
    }

    /** Staff sign in with the provider's claims alone (roles from the token), so any number can be made up. */
    public static String officer(int i) {
        return "load-officer-%04d".formatted(i);
    }

    public static String finance(int i) {
        return "load-finance-%04d".formatted(i);
    }
}
