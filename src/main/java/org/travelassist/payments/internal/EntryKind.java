package org.travelassist.payments.internal;

/** Why a journal entry was posted. {@link #FAILED} and {@link #CANCELLED} are reversals of an earlier entry. */
public enum EntryKind {
    /** A payment fell due: the council owes the household. */
    DUE,
    /** Sent in a BACS file or to the gateway. */
    SENT,
    /** It reached the family's bank. */
    PAID,
    /** It did not arrive: reverses {@link #SENT}, so the council owes the household again. */
    FAILED,
    /** It will not be paid: reverses {@link #DUE}. */
    CANCELLED,
    /** Money in: a family paid the council by card (a contribution, a spare seat). */
    RECEIVED,
    /** A card payment given back: reverses {@link #RECEIVED}. */
    REFUNDED
}
