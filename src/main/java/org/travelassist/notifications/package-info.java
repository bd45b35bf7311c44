/**
 * Emails to families and advisers on every step they must hear about, sent after the step commits, in plain
 * English. Over SMTP, or through GOV.UK Notify when a key is configured; the local profile writes them to the
 * log. A failed email is retried from the event publication registry, backing off, and never undoes or blocks the
 * step; when it has still failed after {@code travelassist.mail.keep-trying-for} (24 hours) it is listed for officers
 * ({@link org.travelassist.notifications.UndeliveredEmails}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts", "applications", "security", "budgets", "claims", "payments", "reporting", "contributions"})
@org.jspecify.annotations.NullMarked
package org.travelassist.notifications;
