package org.travelassist.notifications;

/** Sends one email or throws, so that the event that caused it stays incomplete and is tried again. */
public interface EmailSender {

    void send(Email email);
}
