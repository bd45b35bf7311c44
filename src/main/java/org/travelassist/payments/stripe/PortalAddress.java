package org.travelassist.payments.stripe;

/**
 * The portal's own address, for the pages Stripe sends the payer back to: {@code travelassist.public-url}, or in
 * tests and the local profile (the fake Stripe) the address the server actually listens on.
 */
final class PortalAddress {

    private volatile String base;

    PortalAddress(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    void listeningOn(int port) {
        base = "http://localhost:" + port + "/";
    }

    String url(String path) {
        return base + path;
    }
}
