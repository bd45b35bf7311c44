/** A fake of Stripe's HTTP API for tests and the local profile; refused in production. */
@org.jspecify.annotations.NullMarked
package org.travelassist.payments.stripe.local;
