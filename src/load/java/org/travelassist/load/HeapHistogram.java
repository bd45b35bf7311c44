package org.travelassist.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A parsed {@code GC.class_histogram}: live bytes in all, and per class. */
public record HeapHistogram(long totalBytes, long totalInstances, List<Row> rows) {

    public record Row(long instances, long bytes, String className) {}

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+).*$");

    static HeapHistogram parse(String output) {
        var rows = new ArrayList<Row>();
        long bytes = 0;
        long instances = 0;
        for (String line : output.split("\\R")) {
            var row = ROW.matcher(line);
            if (row.matches()) {
                rows.add(new Row(Long.parseLong(row.group(1)), Long.parseLong(row.group(2)), row.group(3)));
                continue;
            }
            var total = TOTAL.matcher(line.strip());
            if (total.matches()) {
                instances = Long.parseLong(total.group(1));
                bytes = Long.parseLong(total.group(2));
            }
        }
        if (bytes == 0) {
            throw new IllegalStateException("Not a class histogram: " + output.substring(0, Math.min(300, output.length())));
        }
        return new HeapHistogram(bytes, instances, rows);
    }

    public long instancesOf(String className) {
        return rows.stream().filter(row -> row.className().equals(className)).mapToLong(Row::instances).sum();
    }

    /** The classes that grew most from {@code before} to this, in bytes: where the sessions' memory is. */
    public List<Row> growthSince(HeapHistogram before, int top) {
        var grown = new ArrayList<Row>();
        for (Row row : rows) {
            long was = before.rows().stream().filter(old -> old.className().equals(row.className())).mapToLong(Row::bytes).sum();
            long wasInstances = before.rows().stream().filter(old -> old.className().equals(row.className())).mapToLong(Row::instances).sum();
            grown.add(new Row(row.instances() - wasInstances, row.bytes() - was, row.className()));
        }
        grown.sort((a, b) -> Long.compare(b.bytes(), a.bytes()));
        return grown.subList(0, Math.min(top, grown.size()));
    }
}
