package org.travelassist.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static org.travelassist.load.Vaadin.uidl;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fault drill against the two nodes of {@code docker/two-nodes/run.sh} (started beforehand), through HAProxy:
 * {@code load.applicants} (100) families apply over {@code load.apply-minutes} (5), a person's pace, while an API
 * client asks for an eligibility check twice a second; {@code load.fault-at-seconds} (90) in, the drill applies
 * {@code load.fault}:
 * <ul>
 *   <li>{@code stop-node}: {@code run.sh stop-node 1 --crash} (SIGKILL): the families node1 served lose their page;
 *       each signs in again (HAProxy sends them to node2) and carries on from what was saved, or finds it sent;</li>
 *   <li>{@code restart-db}: {@code run.sh restart-db 20}: PostgreSQL down for 20 s; pages answer "Sorry", the API 503
 *       with Retry-After, and the families try again after a pause;</li>
 *   <li>{@code none}: the same load with no fault, for comparison.</li>
 * </ul>
 * A request that met the fault counts as failed in Gatling's report (that is what the fault costs); what must hold
 * is checked in the database and the mail sink after, and fails the run if not: every application confirmed on a
 * screen is stored as sent, once; every application stored as sent has its "We have received your application"
 * email in the sink; no application without its child or audit record, no payment run without its lines, no ledger
 * entry unbalanced, no email left unsent; the API answered only 200 or 503 with Retry-After; neither node's access
 * log shows a server error other than 503 during the drill. The families are made
 * first by a short-lived seeding JVM on the same database ({@link LoadData}). Only the loopback address is used.
 * <p>{@code docker/two-nodes/run.sh drill stop-node} runs it; by hand:
 * {@code ./mvnw -B -ntp verify -Pload -Dload.simulation=TwoNodesSimulation -Dload.fault=stop-node}
 */
public class TwoNodesSimulation extends Simulation {

    private static final Pattern REFERENCE = Pattern.compile("TA-\\d{4}-\\d{6}");
    private static final Set<String> CONFIRMED = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger FOUND_SENT = new AtomicInteger();
    private static final AtomicInteger RESUMED = new AtomicInteger();
    private static final AtomicInteger NOT_DONE = new AtomicInteger();
    private static final Map<String, AtomicInteger> API_ANSWERS = new ConcurrentHashMap<>();

    private final String baseUrl = Portal.loopbackOnly(LoadSettings.text("load.base-url", "http://127.0.0.1:8080"));
    private final int applicants = LoadSettings.number("load.applicants", 100);
    private final Duration spread = Duration.ofMinutes(LoadSettings.number("load.apply-minutes", 5));
    private final String fault = LoadSettings.text("load.fault", "stop-node");
    private final Duration faultAt = Duration.ofSeconds(LoadSettings.number("load.fault-at-seconds", 90));
    private final int firstApplicant = LoadSettings.number("load.first-applicant", 1);
    private final Path nodes = Path.of(LoadSettings.text("load.nodes-dir", "target/two-nodes"));
    private final Path script = Path.of(LoadSettings.text("load.nodes-script", "docker/two-nodes/run.sh"));
    private final int databasePort = LoadSettings.number("load.nodes-pg-port", 55432);

    {
        ChainBuilder apply = exec(Vaadin.signIn("applicant signs in", "families", Vaadin::familyClaims))
                .exec(Vaadin.navigate("applicant: applications", "applications"))
                .doIfOrElse(session -> alreadySent(Vaadin.ui(session))).then(exec(session -> {
                    // The last attempt's Send reached PostgreSQL, but its answer was lost with the node.
                    FOUND_SENT.incrementAndGet();
                    return session.set("done", true);
                })).orElse(exec(session -> {
                            if (session.getInt("attempt") > 0 && !hasApplyButton(Vaadin.ui(session))) {
                                RESUMED.incrementAndGet();
                            }
                            return session;
                        })
                        .exec(uidl("applicant: apply or carry on", TwoNodesSimulation::applyOrCarryOn, "a question",
                                ui -> ui.byId("answer").isPresent()))
                        .exec(asLongAs(session -> Vaadin.ui(session).byId("answer").isPresent() && session.getInt("question") < 15, "question")
                                .on(exec(pause(Duration.ofSeconds(1), Duration.ofSeconds(4)))
                                        .exec(uidl("applicant: answer and continue", Scenarios::answer, "the next page",
                                                ui -> !ui.headingText().equals(ui.mark())))))
                        .exec(uidl("applicant: evidence (none), continue", ui -> ui.click("continue"), "check your answers",
                                ui -> ui.byId("declaration").isPresent()))
                        .exec(pause(Duration.ofSeconds(2), Duration.ofSeconds(5)))
                        .exec(uidl("applicant: declare and send", ui -> ui.batch().check("declaration").click("send").send(),
                                "the confirmation", ui -> ui.byId("reference").isPresent()))
                        .exec(session -> {
                            var ui = Vaadin.ui(session);
                            CONFIRMED.add(ui.text(ui.require("reference")).strip());
                            return session.set("done", true);
                        }));
        var families = scenario("Families apply through HAProxy")
                .exec(feed(ScenarioSimulation.numbered("account", LoadAccounts::applicant, firstApplicant)))
                .exec(session -> session.set("done", false))
                .exec(tryMax(6, "attempt").on(
                        doIf(session -> session.getInt("attempt") > 0).then(pause(Duration.ofSeconds(5), Duration.ofSeconds(15)))
                                .exec(apply)))
                .exec(session -> {
                    if (!session.getBoolean("done")) {
                        NOT_DONE.incrementAndGet();
                    }
                    return session;
                });
        var api = scenario("An API client checks eligibility")
                .exec(http("api: eligibility check").post("/api/eligibility/checks")
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"postcode\":\"PE9 3TE\",\"dateOfBirth\":\"2014-05-01\"}"))
                        .check(status().saveAs("status"), header("Retry-After").optional().saveAs("retryAfter"),
                                status().in(200, 503)))
                .exec(session -> {
                    String kind = session.contains("status") ? session.getString("status") : "no answer";
                    if ("503".equals(kind) && !session.contains("retryAfter")) {
                        kind = "503 without Retry-After";
                    }
                    API_ANSWERS.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                    return session;
                });
        Duration total = spread.plusMinutes(3);
        setUp(families.injectOpen(rampUsers(applicants).during(spread)), api.injectOpen(constantUsersPerSec(2).during(total)))
                .protocols(http.baseUrl(baseUrl).disableCaching().shareConnections().acceptHeader("*/*")
                        .userAgentHeader("Travel Assist fault drill (Gatling)"))
                .maxDuration(total.plusMinutes(20));
    }

    private static boolean hasApplyButton(VaadinUi ui) {
        return !ui.matching(node -> "vaadin-button".equals(node.tag) && String.valueOf(node.attribute("id")).startsWith("apply-")).isEmpty();
    }

    /** Neither "Apply" nor a draft ("not sent yet"): the family's application is in, with its reference. */
    private static boolean alreadySent(VaadinUi ui) {
        return !hasApplyButton(ui) && !ui.pageText().contains("(not sent yet)") && REFERENCE.matcher(ui.pageText()).find();
    }

    /** A first attempt starts the application; a later one carries on with the draft from its first question. */
    private static String applyOrCarryOn(VaadinUi ui) {
        if (hasApplyButton(ui)) {
            return ui.clickNode(ui.matching(node -> "vaadin-button".equals(node.tag) && String.valueOf(node.attribute("id")).startsWith("apply-")).getFirst());
        }
        return ui.navigate(ui.href(Scenarios::isApplication) + "/question/school");
    }

    /** Where each node's access log ended when the drill began: what it answered during the drill comes after. */
    private final Map<Integer, Long> accessLogStarts = new TreeMap<>();

    @Override
    public void before() {
        for (int node = 1; node <= 2; node++) {
            Path log = nodes.resolve("node" + node + "-access.log");
            accessLogStarts.put(node, Files.exists(log) ? log.toFile().length() : 0L);
        }
        note("drill %s at +%d s, %d families from %s over %s, load average %.2f".formatted(fault, faultAt.toSeconds(), applicants,
                LoadAccounts.applicant(firstApplicant), spread, Portal.loadAverage()));
        seedFamilies();
        note("families made; mail sink holds %d emails; load average %.2f".formatted(emails().size(), Portal.loadAverage()));
        Thread.ofPlatform().daemon().name("fault").start(() -> {
            Portal.sleep(faultAt);
            switch (fault) {
                case "stop-node" -> note("fault: " + script("stop-node", "1", "--crash"));
                case "restart-db" -> note("fault: " + script("restart-db", "20"));
                case "none" -> note("no fault");
                default -> throw new IllegalArgumentException("load.fault is stop-node, restart-db or none, not " + fault);
            }
            note("fault done, load average %.2f".formatted(Portal.loadAverage()));
        });
    }

    @Override
    public void after() {
        note("users done, load average %.2f; %d confirmed on screen, %d found sent on signing in again, %d carried on a draft, %d not finished"
                .formatted(Portal.loadAverage(), CONFIRMED.size(), FOUND_SENT.get(), RESUMED.get(), NOT_DONE.get()));
        note("API answers: " + new TreeMap<>(API_ANSWERS));
        var problems = new ArrayList<String>();
        try (Connection db = database()) {
            List<String> sent = strings(db, """
                    select a.reference from application a join user_account u on u.household_id = a.household_id
                    where u.identity_provider = 'families' and u.subject like 'load-applicant-%' and a.status <> 'DRAFT'""");
            long households = count(db, """
                    select count(distinct a.household_id) from application a join user_account u on u.household_id = a.household_id
                    where u.identity_provider = 'families' and u.subject like 'load-applicant-%' and a.status <> 'DRAFT'""");
            note("stored as sent: %d applications for %d households".formatted(sent.size(), households));
            if (households != sent.size()) {
                problems.add((sent.size() - households) + " households have an application stored twice");
            }
            var missing = CONFIRMED.stream().filter(reference -> !sent.contains(reference)).toList();
            if (!missing.isEmpty()) {
                problems.add(missing.size() + " applications confirmed on screen are not stored: " + missing);
            }
            // The stopped node's emails are sent by the other node's mail retry: give it a few turns.
            Instant deadline = Instant.now().plus(Duration.ofMinutes(LoadSettings.number("load.mail-wait-minutes", 4)));
            Map<String, Long> mailed = mailedReferences();
            while (!mailed.keySet().containsAll(sent) && Instant.now().isBefore(deadline)) {
                Portal.sleep(Duration.ofSeconds(5));
                mailed = mailedReferences();
            }
            Map<String, Long> arrived = mailed;
            var unmailed = sent.stream().filter(reference -> !arrived.containsKey(reference)).toList();
            long twice = sent.stream().filter(reference -> arrived.getOrDefault(reference, 0L) > 1).count();
            note("emails \"We have received your application\" in the sink: %d of %d sent applications, %d of them more than once"
                    .formatted(sent.size() - unmailed.size(), sent.size(), twice));
            if (!unmailed.isEmpty()) {
                problems.add(unmailed.size() + " sent applications have no email in the sink: " + unmailed);
            }
            var integrity = new TreeMap<String, Long>();
            integrity.put("applications sent without a reference or a sending time",
                    count(db, "select count(*) from application where status <> 'DRAFT' and (reference is null or submitted_at is null)"));
            integrity.put("applications without their child", count(db,
                    "select count(*) from application a where not exists (select 1 from child c where c.id = a.child_id)"));
            integrity.put("applications sent without an audit record", count(db, """
                    select count(*) from application a where a.status <> 'DRAFT'
                    and not exists (select 1 from audit_record r where r.record_id = a.id::text)"""));
            integrity.put("applications sent without a timeline entry", count(db, """
                    select count(*) from application a where a.status <> 'DRAFT'
                    and not exists (select 1 from application_event e where e.application_id = a.id)"""));
            integrity.put("payment runs whose lines do not add up to the run", count(db, """
                    select count(*) from payment_run r where r.payment_count <> (select count(*) from payment_instruction i where i.run_id = r.id)
                    and r.status <> 'DISCARDED'"""));
            integrity.put("ledger entries that do not balance", count(db,
                    "select count(*) from (select entry_id from ledger_line group by entry_id having sum(amount_pence) <> 0) unbalanced"));
            integrity.put("event publications not completed", count(db, "select count(*) from event_publication where completion_date is null"));
            note("integrity: " + integrity + "; payment runs %d, ledger entries %d".formatted(count(db, "select count(*) from payment_run"),
                    count(db, "select count(*) from ledger_entry")));
            integrity.forEach((what, found) -> {
                if (found > 0) {
                    problems.add(found + " " + what);
                }
            });
        } catch (SQLException e) {
            problems.add("could not count in the database: " + e.getMessage());
        }
        Map<String, Long> answered = nodeAnswers();
        note("every answer the nodes gave during the drill (their access logs), by status: " + answered);
        var serverErrors = answered.keySet().stream().filter(code -> code.startsWith("5") && !code.equals("503")).toList();
        if (!serverErrors.isEmpty()) {
            problems.add("the nodes answered with server errors other than 503: " + serverErrors.stream()
                    .map(code -> answered.get(code) + " × " + code).toList());
        }
        var wrongApi = API_ANSWERS.keySet().stream().filter(kind -> !kind.equals("200") && !kind.equals("503")).toList();
        if (!wrongApi.isEmpty()) {
            problems.add("the API answered otherwise than 200 or 503 with Retry-After: " + wrongApi);
        }
        if (NOT_DONE.get() > 0) {
            problems.add(NOT_DONE.get() + " families did not get their application in after 6 attempts");
        }
        note("jobs:\n" + script("jobs"));
        note(problems.isEmpty() ? "drill passed" : "drill FAILED: " + problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("; ", problems));
        }
    }

    /** The applicant families, made through the portal's services by a portal of the harness's own on the nodes' database. */
    private void seedFamilies() {
        Path ready = Portal.DIRECTORY.resolve("seeder.ready");
        try {
            Files.createDirectories(Portal.DIRECTORY);
            Files.deleteIfExists(ready);
            var command = Portal.nodeCommand(LoadPortal.class, "seeder", databasePort, nodes);
            command.addAll(List.of("--travelassist.load.ready-file=" + ready.toAbsolutePath(),
                    "--travelassist.load.applicants=" + (firstApplicant + applicants - 1)));
            var seeder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(Portal.DIRECTORY.resolve("seeder.log").toFile());
            seeder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
            Process process = seeder.start();
            Instant deadline = Instant.now().plus(Portal.startPatience());
            while (!Files.exists(ready)) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("The seeding portal did not finish; see " + Portal.DIRECTORY.resolve("seeder.log"));
                }
                Portal.sleep(Duration.ofSeconds(1));
            }
            note("seeded: " + Portal.read(ready));
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status of every answer in the nodes' access logs since the drill began ({@code run.sh} turns them on). */
    private Map<String, Long> nodeAnswers() {
        var byStatus = new TreeMap<String, Long>();
        accessLogStarts.forEach((node, start) -> {
            Path log = nodes.resolve("node" + node + "-access.log");
            if (!Files.exists(log)) {
                return;
            }
            try (var file = new java.io.RandomAccessFile(log.toFile(), "r")) {
                file.seek(Math.min(start, file.length()));
                byte[] rest = new byte[(int) (file.length() - file.getFilePointer())];
                file.readFully(rest);
                for (String line : new String(rest, StandardCharsets.ISO_8859_1).split("\n")) {
                    String[] fields = line.split(" ");
                    if (fields.length > 8) {
                        byStatus.merge(fields[8], 1L, Long::sum);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return byStatus;
    }

    private String script(String... arguments) {
        var command = new ArrayList<String>();
        command.add(script.toString());
        command.addAll(List.of(arguments));
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("TA_NODES_DIR", nodes.toAbsolutePath().toString());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor(5, TimeUnit.MINUTES);
            return output + (process.exitValue() == 0 ? "" : " (exit " + process.exitValue() + ")");
        } catch (IOException e) {
            return "could not run " + command + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Path> emails() {
        Path folder = nodes.resolve("mail");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".eml")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "We have received your application: REFERENCE" emails in the sink, by reference: how many times each came. */
    private Map<String, Long> mailedReferences() {
        var found = new TreeMap<String, Long>();
        var subject = Pattern.compile("We have received your application: (\\S+)");
        for (Path email : emails()) {
            try {
                var matcher = subject.matcher(Files.readString(email, StandardCharsets.ISO_8859_1));
                if (matcher.find()) {
                    found.merge(matcher.group(1).strip(), 1L, Long::sum);
                }
            } catch (IOException e) {
                // Being written now: the next look counts it.
            }
        }
        return found;
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort + "/travelassist", "postgres", "");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        var found = new ArrayList<String>();
        try (var statement = db.createStatement(); var result = statement.executeQuery(sql)) {
            while (result.next()) {
                found.add(result.getString(1));
            }
        }
        return found;
    }

    private void note(String line) {
        Portal.note(getClass(), line);
    }
}
