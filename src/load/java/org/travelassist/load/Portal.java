package org.travelassist.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The portal under load: started by the harness in its own JVM (its own heap, {@code load.heap}, default 1 GiB), on
 * loopback ports of its own, with a fresh embedded PostgreSQL under {@code target/load}, the local identity
 * provider, and the load data ({@link LoadData}); stopped at the end. The harness sends traffic to nothing else.
 */
public final class Portal implements AutoCloseable {

    static final Path DIRECTORY = Path.of("target", "load");

    private final Process process;
    private final int port;
    private final int databasePort;

    private Portal(Process process, int port, int databasePort) {
        this.process = process;
        this.port = port;
        this.databasePort = databasePort;
    }

    /** A line in the run's log, on standard output and in {@code target/load/runs.txt}, with when and who wrote it. */
    public static void note(Class<?> writer, String line) {
        String entry = Instant.now() + " " + writer.getSimpleName() + ": " + line + System.lineSeparator();
        System.out.print(entry);
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve("runs.txt"), entry, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A portal node of the two-node drills, on the script's shared PostgreSQL, graph folder and bank-details key. */
    public static List<String> nodeCommand(Class<?> main, String nodeName, int databasePort, Path nodes) {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-Dvaadin.productionMode=true", "-cp", System.getProperty("java.class.path"), main.getName(),
                "--server.port=" + freePort(), "--server.address=127.0.0.1", "--travelassist.local-idp.port=0",
                "--travelassist.node-name=" + nodeName,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + databasePort + "/travelassist",
                "--spring.datasource.username=travel_assist_app", "--spring.datasource.password=app",
                "--spring.flyway.user=postgres", "--spring.flyway.password=", "--travelassist.database.runtime-role=travel_assist_app",
                "--travelassist.routing.graph-directory=" + nodes.resolve("graph").toAbsolutePath(),
                "--travelassist.bank-details.local-key-file=" + nodes.resolve("bank-details.key").toAbsolutePath(),
                "--travelassist.mail.transport=log", "--travelassist.map.tile-url="));
    }

    /** The drills send traffic only to a portal on this machine. */
    public static String loopbackOnly(String url) {
        String host = URI.create(url).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("The drill only sends traffic to loopback, not " + url);
        }
        return url;
    }

    /** A free port on loopback, chosen before the simulation is built so that its base URL is known. */
    public static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param seed the load data, as {@code travelassist.load.*} arguments for {@link LoadData}
     */
    public static Portal start(int port, List<String> seed) {
        return start(port, seed, List.of());
    }

    /** As {@link #start(int, List)}, with options for the portal's JVM. */
    public static Portal start(int port, List<String> seed, List<String> jvmOptions) {
        int databasePort = freePort();
        try {
            Files.createDirectories(DIRECTORY);
            Path ready = DIRECTORY.resolve("portal.ready");
            Files.deleteIfExists(ready);
            var command = new ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + LoadSettings.text("load.heap", "1g"));
            command.add("-Xms" + LoadSettings.text("load.heap", "1g"));
            command.add("-XX:+UseG1GC");
            command.addAll(jvmOptions);
            if (LoadSettings.flag("load.jfr")) {
                command.add("-XX:StartFlightRecording=filename=" + DIRECTORY.resolve("portal.jfr") + ",settings=profile,dumponexit=true");
            }
            command.add("-Dvaadin.productionMode=true");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(LoadPortal.class.getName());
            command.add("--server.port=" + port);
            command.add("--server.address=127.0.0.1");
            command.add("--travelassist.public-url=http://localhost:" + port);
            command.add("--travelassist.local-idp.port=0");
            // A named data set (load.data) is kept between runs, so that families made once serve several runs; without
            // one, every run starts from an empty database.
            String dataSet = LoadSettings.text("load.data", "");
            Path data = DIRECTORY.resolve(dataSet.isBlank() ? "postgres" : "data-" + dataSet).toAbsolutePath();
            stopLeftOverDatabase(data);
            if (dataSet.isBlank()) {
                // A fresh database each run: zonky cleans the folder only when it stops normally, and initdb refuses
                // one that a stopped run left full.
                deleteTree(data);
            }
            command.add("--travelassist.local-db.directory=" + data);
            command.add("--travelassist.local-db.port=" + databasePort);
            command.add("--travelassist.local-db.clean=" + dataSet.isBlank());
            command.add("--travelassist.routing.graph-directory=" + DIRECTORY.resolve("graph").toAbsolutePath());
            command.add("--travelassist.bank-details.local-key-file=" + DIRECTORY.resolve("bank-details.key").toAbsolutePath());
            command.add("--travelassist.map.tile-url=");
            // Every virtual user comes from 127.0.0.1: the per-address limits are for real people at many addresses.
            command.add("--travelassist.routing-quota.per-address=1000000");
            command.add("--travelassist.api.requests-per-minute=1000000");
            command.add("--travelassist.load.ready-file=" + ready.toAbsolutePath());
            command.add("--travelassist.load.seed-threads=" + LoadSettings.number("load.seed-threads", 2));
            command.add("--logging.level.org.atmosphere=warn");
            command.addAll(seed);
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(DIRECTORY.resolve("portal.log").toFile());
            builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
            Process process = builder.start();
            var portal = new Portal(process, port, databasePort);
            portal.awaitReady(ready, startPatience());
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A portal stopped while starting (not ready in time, or killed) leaves its embedded PostgreSQL running on the data
     * directory, and the next run's initdb then fails there: stop that server first.
     */
    static void stopLeftOverDatabase(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        ProcessHandle.of(pid).filter(process -> process.info().command().orElse("").endsWith("/postgres")).ifPresent(process -> {
            System.out.println("Stopping the PostgreSQL an earlier run left on " + data + " (pid " + pid + ")");
            process.destroy();
            process.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(timedOut -> null).join();
        });
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** How long a portal may take to start ({@code load.start-minutes}, 20): a simulation's maxDuration must cover it. */
    public static Duration startPatience() {
        return Duration.ofMinutes(LoadSettings.number("load.start-minutes", 20));
    }

    private void awaitReady(Path ready, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (!Files.exists(ready)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting; see " + DIRECTORY.resolve("portal.log"));
            }
            if (Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("The portal was not ready after " + patience + "; see " + DIRECTORY.resolve("portal.log"));
            }
            sleep(Duration.ofSeconds(1));
        }
        System.out.println("Portal ready at " + baseUrl() + " (pid " + process.pid() + "): " + read(ready));
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * The CPU time the portal's JVM has used so far (user and system, all its threads; not PostgreSQL's), from
     * {@code /proc/<pid>/stat} in clock ticks of 1/100 s (Linux's {@code CLK_TCK}). Divided by the requests served
     * between two readings, it is a cost per request that other work on the machine does not change much.
     */
    public Duration cpuTime() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime, fields 14 and 15
            return Duration.ofMillis(ticks * 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The portal's database, as its owner, to count what the load stored. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres", "");
    }

    /** {@code jcmd <pid> <command>}, from the JDK running the harness. */
    public String jcmd(String... arguments) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        command.add(Long.toString(pid()));
        command.addAll(List.of(arguments));
        try {
            Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(5, TimeUnit.MINUTES);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A class histogram of live objects: {@code GC.class_histogram} runs a full GC first. */
    public HeapHistogram liveHeap(String label) {
        String output = jcmd("GC.class_histogram");
        try {
            Files.writeString(DIRECTORY.resolve("histogram-" + label + ".txt"), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HeapHistogram.parse(output);
    }

    /** The portal's load average now (1 minute), for the record beside every figure. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** A GET the harness itself makes (health, counts), outside the measured traffic. */
    public int get(String path) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
