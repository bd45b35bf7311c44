package org.travelassist.eligibility;

/**
 * An officer's finding that a school, though nearer, cannot be the child's nearest suitable school, with the
 * reason. The rules then look further, and the reason is kept with the result and so reaches the letter.
 */
public record SchoolMark(String urn, Kind kind, String reason) {

    public enum Kind {
        /** No place was, or would reasonably have been, available when places were offered or the child moved. */
        NO_PLACE_AVAILABLE("No place available"),
        /** The school cannot meet this child's needs (age, ability, aptitude or special educational needs). */
        NOT_SUITABLE_FOR_NEEDS("Not suitable for this child's needs");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    public SchoolMark {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A school marked " + kind + " needs a reason");
        }
        reason = reason.strip();
    }
}
