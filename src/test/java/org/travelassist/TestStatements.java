package org.travelassist;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread (tests only, set as Hibernate's statement
 * inspector in application-test.properties), so a test can show how many reads and writes a step costs. The context
 * is shared and a browserless test draws its pages on its own thread, so other tests' statements are not counted.
 */
public class TestStatements implements StatementInspector {

    private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(ArrayList::new);

    @Override
    public String inspect(String sql) {
        STATEMENTS.get().add(sql);
        return sql;
    }

    /** The statements prepared on this thread since the last {@link #reset()}, in order. */
    public static List<String> onThisThread() {
        return List.copyOf(STATEMENTS.get());
    }

    public static void reset() {
        STATEMENTS.get().clear();
    }
}
