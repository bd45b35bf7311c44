package org.travelassist.eligibility.internal;

/** Bean Validation reads "{...}" and "${...}" in a message as expressions: what people typed must not be read so. */
final class Messages {

    private Messages() {}

    static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
