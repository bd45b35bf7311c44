package org.travelassist.accounts;

/**
 * What a family lets an adviser do. Each scope is given on its own; none of them lets an adviser change bank
 * details or accept a budget agreement, which only a parent can do.
 */
public enum ConsentScope {
    VIEW("See your children's details, applications and letters"),
    PREPARE("Fill in applications and add evidence"),
    SUBMIT("Send applications and answers to the council for you"),
    REVIEW("Ask for reviews and appeals for you");

    public final String description;

    ConsentScope(String description) {
        this.description = description;
    }
}
