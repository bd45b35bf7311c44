package org.travelassist.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/** Figures for docs/benchmarks.md: printed, and appended to target/benchmarks/results.md. */
public final class BenchmarkReport {

    static final Path RESULTS = Path.of("target", "benchmarks", "results.md");

    private BenchmarkReport() {}

    public static void section(String title, String body) {
        String text = "\n## " + title + "\n\n" + machine() + "\n\n" + body + "\n";
        System.out.println(text);
        try {
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(RESULTS, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.UK, "Machine: %d cores, %.0f GiB, Java %s, max heap %d MiB.", os.getAvailableProcessors(),
                ((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize() / 1024.0 / 1024 / 1024,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1024 / 1024);
    }

    /** Milliseconds at a percentile of nanosecond samples. */
    public static double percentile(long[] nanos, double percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    public static String ms(double millis) {
        return String.format(Locale.UK, "%.2f ms", millis);
    }

    public static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
