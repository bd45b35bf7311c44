/**
 * The council's view of its work: the dashboard (decisions on time, open and overdue work, reviews and appeals),
 * with each figure as a chart, a table and a CSV. It reads other modules' tables through SQL read models (views
 * in its own migrations and {@code JdbcClient} queries), never by loading their entities, and it publishes
 * nothing. Officers and managers (read-only) see it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "applications", "eligibility", "budgets", "claims", "payments"})
@org.jspecify.annotations.NullMarked
package org.travelassist.reporting;
