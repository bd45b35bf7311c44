/**
 * Money in: what a family pays the council for travel (a post-16 contribution, a spare seat on a council vehicle).
 * An officer sets a charge on a decided application, in full or in instalments; a parent pays each through
 * {@link org.travelassist.payments.CardPayments}; an officer can refund one with a reason. Payments knows nothing of
 * charges: it pays and refunds references and says what became of them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "accounts", "applications", "payments"})
@org.jspecify.annotations.NullMarked
package org.travelassist.contributions;
