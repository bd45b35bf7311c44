package org.travelassist.load;

import java.sql.SQLException;

/** What the load left in the portal's database, counted as its owner. */
final class Database {

    private Database() {}

    static long count(Portal portal, String sql) {
        try (var connection = portal.database(); var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static String claimsSummary(Portal portal) {
        return "mileage claims sent: %d, for %d allowances".formatted(
                count(portal, "select count(*) from mileage_claim where status <> 'DRAFT'"),
                count(portal, "select count(distinct allowance_id) from mileage_claim where status <> 'DRAFT'"));
    }
}
