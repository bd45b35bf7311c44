/**
 * The council's view of its work: the dashboard (decisions on time, open and overdue work, reviews and appeals,
 * take-up, cost against contracted transport, payments, the DfE return), with each figure as a chart, a table and a
 * CSV. It reads other modules' tables through SQL read models (views in its own migrations and {@code JdbcClient}
 * queries), never by loading their entities. From budgets, claims and payments it uses only their state enums, to
 * name the states its SQL counts. Officers and managers (read-only) see it. Its jobs: the annual re-assessment
 * (phase moves included), the Year 11 re-apply reminders it publishes as {@link org.travelassist.reporting.ReapplyReminderDue}
 * for notifications to email, and retention, which anonymises or deletes across modules' tables in SQL.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "applications", "eligibility", "budgets", "claims", "payments"})
@org.jspecify.annotations.NullMarked
package org.travelassist.reporting;
