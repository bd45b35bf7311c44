package org.travelassist.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A node killed while money moves, against the two nodes of {@code docker/two-nodes/run.sh} (started with
 * {@code TA_NODES_FAST_JOBS=1}, so that their instalments job hands payments over every 20 s). A third portal node,
 * {@link MoneyNode}, on their database, does finance's work ({@link MoneyWork}): {@code load.money-batches} (4) times,
 * {@code load.money-families} (10) families accept a personal transport budget, the two nodes' job hands each first
 * instalment to payments, and once they are due a finance officer creates a BACS run, a second approves it and the
 * first records it sent. When step {@code load.kill-during} ({@code create}, {@code approve}, {@code submit},
 * {@code due} or {@code budgets}) of batch {@code load.kill-batch} (2) has begun, {@code load.kill-after-ms} (30) later,
 * the drill kills that node (SIGKILL). A new money node then finishes: it waits until the two nodes' retry job has
 * taken up every event the killed node left unfinished, carries every run on, and records each sent run's returns
 * file on the bank's processing day. An API client asks for eligibility checks through HAProxy meanwhile.
 *
 * <p>Afterwards, in the database, for this drill's families, the run fails unless: every instalment handed over has
 * exactly one payment, none paid twice; every payment ended paid or failed (the returned ones) and its instalment
 * says the same; every run is closed and its lines add up to it; every ledger entry balances; no event publication
 * is left unfinished; the API answered only 200 or 503.
 * <p>{@code docker/two-nodes/run.sh drill money} runs it.
 */
public class MoneyDrillSimulation extends Simulation {

    private static final Pattern BEGUN = Pattern.compile(" batch (\\d+) (\\w+) begun$");
    private static final Map<String, Integer> API_ANSWERS = new java.util.concurrent.ConcurrentHashMap<>();

    private final String baseUrl = Portal.loopbackOnly(LoadSettings.text("load.base-url", "http://127.0.0.1:8080"));
    private final Path nodes = Path.of(LoadSettings.text("load.nodes-dir", "target/two-nodes"));
    private final int databasePort = LoadSettings.number("load.nodes-pg-port", 55432);
    private final String label = LoadSettings.text("load.money-label", "m" + LocalTime.now(ZoneOffset.UTC).withNano(0).toString().replace(":", ""));
    private final int families = LoadSettings.number("load.money-families", 10);
    private final int batches = LoadSettings.number("load.money-batches", 4);
    private final String killDuring = LoadSettings.text("load.kill-during", "submit");
    private final int killBatch = LoadSettings.number("load.kill-batch", 2);
    private final int killAfterMs = LoadSettings.number("load.kill-after-ms", 30);
    private final Duration apiFor = Duration.ofMinutes(LoadSettings.number("load.api-minutes", 8));
    private final Path progress = Portal.DIRECTORY.resolve("money-" + label + ".txt").toAbsolutePath();
    private volatile String killed = "not killed";
    private volatile Process finisher;

    {
        var api = scenario("An API client checks eligibility")
                .exec(http("api: eligibility check").post("/api/eligibility/checks")
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"postcode\":\"PE9 3TE\",\"dateOfBirth\":\"2014-05-01\"}"))
                        .check(status().saveAs("status"), status().in(200, 503)))
                .exec(session -> {
                    API_ANSWERS.merge(session.contains("status") ? session.getString("status") : "no answer", 1, Integer::sum);
                    return session;
                });
        setUp(api.injectOpen(constantUsersPerSec(2).during(apiFor)))
                .protocols(http.baseUrl(baseUrl).disableCaching().shareConnections().acceptHeader("*/*")
                        .userAgentHeader("Travel Assist money drill (Gatling)"))
                .maxDuration(apiFor.plusMinutes(40));
    }

    @Override
    public void before() {
        note("money drill %s: %d batches of %d families, kill during batch %d's %s +%d ms, load average %.2f".formatted(label, batches,
                families, killBatch, killDuring, killAfterMs, Portal.loadAverage()));
        Process worker = moneyNode("work");
        Thread.ofPlatform().daemon().name("money-kill").start(() -> {
            String line = awaitProgress(l -> {
                var begun = BEGUN.matcher(l);
                return l.contains(" error ") || begun.find() && Integer.parseInt(begun.group(1)) >= killBatch && begun.group(2).equals(killDuring);
            }, Duration.ofMinutes(30));
            if (line == null || line.contains(" error ")) {
                killed = "not killed: the step never began (" + (line == null ? "see " + progress : line) + ")";
                note(killed);
                worker.destroyForcibly();
            } else {
                Portal.sleep(Duration.ofMillis(killAfterMs));
                worker.destroyForcibly(); // SIGKILL
                worker.onExit().join();
                killed = "killed (SIGKILL) %d ms after \"%s\"; its last line: \"%s\"".formatted(killAfterMs, line.substring(line.indexOf(' ') + 1),
                        lastLine().substring(lastLine().indexOf(' ') + 1));
                note(killed + ", load average %.2f".formatted(Portal.loadAverage()));
            }
            finisher = moneyNode("finish");
            note("finishing money node started");
        });
    }

    @Override
    public void after() {
        String end = awaitProgress(l -> l.endsWith(" finished") || l.contains(" error "), Duration.ofMinutes(30));
        note("finishing node: " + (end == null ? "did not finish in 30 minutes" : end.substring(end.indexOf(' ') + 1))
                + ", load average %.2f".formatted(Portal.loadAverage()));
        if (finisher != null) {
            finisher.destroy();
            try {
                finisher.waitFor(90, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        note("API answers: " + new TreeMap<>(API_ANSWERS));
        var problems = new ArrayList<String>();
        if (end == null || !end.endsWith(" finished")) {
            problems.add("the finishing node did not finish: " + end);
        }
        if (!killed.startsWith("killed")) {
            problems.add(killed);
        }
        String ours = "(select u.household_id from user_account u where u.identity_provider = 'families' and u.subject like '"
                + MoneyWork.familyPrefix(label) + "%')";
        String ourInstructions = "(select id from payment_instruction where household_id in " + ours + ")";
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort + "/travelassist", "postgres", "")) {
            var counts = new TreeMap<String, Long>();
            counts.put("budgets accepted", count(db, "select count(*) from budget where household_id in " + ours + " and accepted_at is not null"));
            counts.put("instalments handed over", count(db, "select count(*) from budget_instalment i join budget b on b.id = i.budget_id"
                    + " where b.household_id in " + ours + " and i.state in ('DUE', 'SENT_FOR_PAYMENT', 'PAID', 'HELD')"));
            counts.put("payments", count(db, "select count(*) from payment_instruction where household_id in " + ours));
            counts.put("payments paid", count(db, "select count(*) from payment_instruction where status = 'PAID' and household_id in " + ours));
            counts.put("payments returned", count(db, "select count(*) from payment_instruction where status = 'FAILED' and household_id in " + ours));
            counts.put("runs", count(db, "select count(distinct run_id) from payment_instruction where household_id in " + ours));
            note("counts: " + counts);
            var wrong = new TreeMap<String, Long>();
            wrong.put("instalments handed over without a payment", count(db, "select count(*) from budget_instalment i join budget b on b.id = i.budget_id"
                    + " where b.household_id in " + ours + " and i.state in ('DUE', 'SENT_FOR_PAYMENT', 'PAID', 'HELD')"
                    + " and not exists (select 1 from payment_instruction p where p.source_kind = 'BUDGET_INSTALMENT' and p.source_id = i.id)"));
            wrong.put("instalments with more than one payment", count(db, "select count(*) from (select source_id from payment_instruction"
                    + " where household_id in " + ours + " group by source_kind, source_id having count(*) > 1) twice"));
            wrong.put("payments not ended paid or returned", count(db, "select count(*) from payment_instruction where household_id in " + ours
                    + " and status not in ('PAID', 'FAILED')"));
            wrong.put("payments in no run", count(db, "select count(*) from payment_instruction where household_id in " + ours + " and run_id is null"));
            wrong.put("instalments whose state differs from their payment's", count(db, "select count(*) from budget_instalment i"
                    + " join payment_instruction p on p.source_kind = 'BUDGET_INSTALMENT' and p.source_id = i.id where p.household_id in " + ours
                    + " and ((p.status = 'PAID') <> (i.state = 'PAID') or (p.status = 'FAILED') <> (i.state = 'HELD'))"));
            wrong.put("runs not closed", count(db, "select count(*) from payment_run r where r.id in (select run_id from payment_instruction"
                    + " where id in " + ourInstructions + ") and r.status <> 'CLOSED'"));
            wrong.put("runs whose lines do not add up to the run", count(db, "select count(*) from payment_run r where r.status <> 'DISCARDED'"
                    + " and (r.payment_count <> (select count(*) from payment_instruction i where i.run_id = r.id)"
                    + " or r.total_pence <> (select coalesce(sum(amount_pence), 0) from payment_instruction i where i.run_id = r.id))"));
            wrong.put("ledger entries that do not balance", count(db,
                    "select count(*) from (select entry_id from ledger_line group by entry_id having sum(amount_pence) <> 0) unbalanced"));
            wrong.put("event publications not completed", count(db, "select count(*) from event_publication where completion_date is null"));
            note("integrity: " + wrong);
            wrong.forEach((what, found) -> {
                if (found > 0) {
                    problems.add(found + " " + what);
                }
            });
            if (counts.get("payments") == 0) {
                problems.add("no payments were made");
            }
        } catch (SQLException e) {
            problems.add("could not count in the database: " + e.getMessage());
        }
        var wrongApi = API_ANSWERS.keySet().stream().filter(kind -> !kind.equals("200") && !kind.equals("503")).toList();
        if (!wrongApi.isEmpty()) {
            problems.add("the API answered otherwise than 200 or 503: " + wrongApi);
        }
        note(problems.isEmpty() ? "money drill passed" : "money drill FAILED: " + problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("; ", problems));
        }
    }

    /** A money node on the nodes' database, with this drill's progress file; its log beside it. */
    private Process moneyNode(String mode) {
        try {
            Files.createDirectories(Portal.DIRECTORY);
            var command = Portal.nodeCommand(MoneyNode.class, "money-" + mode, databasePort, nodes);
            // The drill's families gave their bank details minutes before: no fraud hold (the nodes run with the same).
            command.addAll(List.of(
                    "--travelassist.payments.hold-days-after-bank-details-change=0",
                    "--travelassist.load.money.mode=" + mode, "--travelassist.load.money.label=" + label,
                    "--travelassist.load.money.families=" + families, "--travelassist.load.money.batches=" + batches,
                    "--travelassist.load.money.progress-file=" + progress));
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Portal.DIRECTORY.resolve("money-" + label + "-" + mode + ".log").toFile()));
            builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String awaitProgress(java.util.function.Predicate<String> wanted, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            for (String line : lines()) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            Portal.sleep(Duration.ofMillis(5));
        }
        return null;
    }

    private List<String> lines() {
        try {
            return Files.exists(progress) ? Files.readAllLines(progress) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String lastLine() {
        var all = lines();
        return all.isEmpty() ? "" : all.getLast();
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void note(String line) {
        Portal.note(getClass(), line);
    }
}
