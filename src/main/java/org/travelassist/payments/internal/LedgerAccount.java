package org.travelassist.payments.internal;

/**
 * The ledger's accounts. Lines are debits (positive pence) and credits (negative); every entry's lines add up to
 * zero. A payment moves along them: the council recognises what it owes ({@link #TRAVEL_SUPPORT} to
 * {@link #OWED_TO_HOUSEHOLD}), sends it ({@link #IN_FLIGHT}), and the money leaves its bank ({@link #COUNCIL_BANK}).
 */
public enum LedgerAccount {
    /** The council's spending on travel support: debited when a payment falls due. */
    TRAVEL_SUPPORT,
    /** What the council owes a household and has not yet sent: a credit balance. */
    OWED_TO_HOUSEHOLD,
    /** Sent (in a BACS file or to the gateway) and not yet known to have arrived: a credit balance. */
    IN_FLIGHT,
    /** The council's own bank account: credited when a payment reaches the family. */
    COUNCIL_BANK,
    /** Money in: card payments held by the card provider for the council, debited when a family pays. */
    CARD_RECEIPTS,
    /** Money in: the council's income from families' contributions and charges, credited when a family pays. */
    FAMILY_CHARGES
}
