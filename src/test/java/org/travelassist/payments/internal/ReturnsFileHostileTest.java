package org.travelassist.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.travelassist.HostileInput;
import org.travelassist.payments.InvalidPaymentException;

/**
 * The bank's returns file, hostile: valid files for the run mutated cell by cell and row by row, other encodings,
 * and noise. Whatever the bytes, the file is read whole (each payment it names once, all of them from this run) or
 * refused whole with a message naming the problem; no other exception reaches finance's page.
 */
class ReturnsFileHostileTest {

    @Test
    void any_file_is_read_whole_or_refused_whole_with_a_message() {
        var hostile = new HostileInput();
        int count = HostileInput.count(2_000);
        var outcomes = new TreeMap<String, Integer>();
        var runIds = ReturnsFileTest.RUN.stream().map(ReturnsFile.Sent::instructionId).toList();
        for (int i = 0; i < count; i++) {
            byte[] file = file(hostile);
            try {
                var returned = ReturnsFile.read(file, ReturnsFileTest.RUN);
                outcomes.merge("read, " + returned.size() + " returned", 1, Integer::sum);
                var ids = returned.stream().map(ReturnsFile.Returned::instructionId).toList();
                assertThat(runIds).containsAll(ids);
                assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
            } catch (InvalidPaymentException refused) {
                outcomes.merge("refused", 1, Integer::sum);
                assertThat(refused.getMessage()).isNotBlank();
            } catch (RuntimeException e) {
                throw new AssertionError("Seed " + hostile.seed() + ", input " + (i + 1) + ": "
                        + HostileInput.abbreviate(new String(file, StandardCharsets.UTF_8)), e);
            }
        }
        System.out.printf("Hostile input, BACS returns file: %,d files tried (seed %d), outcomes %s%n", count, hostile.seed(), outcomes);
    }

    private static byte[] file(HostileInput hostile) {
        if (hostile.chance(0.03)) {
            return hostile.bytes(3000);
        }
        var lines = new ArrayList<String>();
        lines.add(hostile.chance(0.9) ? String.join(",", ReturnsFile.HEADER) : hostile.csvLine(ReturnsFile.HEADER));
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("TA MIL 000123", "30-94-30", "11112222", "35.91", "B"));
        rows.add(List.of("TA PTB 000124 1/3", "401276", "3333 4444", "400.00", hostile.oneOf("0", "1", "2", "3", "B", "Z")));
        int chosen = hostile.between(0, 3);
        for (int r = 0; r < chosen; r++) {
            List<String> row = hostile.oneOf(rows);
            lines.add(hostile.chance(0.6) ? String.join(",", row) : hostile.csvLine(row));
        }
        if (hostile.chance(0.5)) {
            var total = List.of("Total", "", "", hostile.oneOf("35.91", "400.00", "435.91", "0"), String.valueOf(hostile.between(0, 3)));
            lines.add(hostile.chance(0.7) ? String.join(",", total) : hostile.csvLine(total));
        }
        if (hostile.chance(0.1)) {
            lines.add(hostile.between(0, lines.size()), hostile.string(""));
        }
        return hostile.csvFile(lines);
    }
}
