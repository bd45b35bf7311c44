package org.travelassist.payments.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.SpreadsheetCells;
import org.travelassist.shared.Money;

/**
 * A payment run as a CSV, for a council whose finance system makes its own BACS payments from a list: one row per
 * payment, in the BACS file's order, with the full sort code and account number (the finance system pays from them).
 *
 * <p>No totals row: a finance system imports every row as a payment, so a total would be imported as one more
 * payment, or would need special-casing by every importer. The run's count and total are on finance's page, in the
 * BACS file's contra record and UTL1, and a spreadsheet sums the Amount column. Amounts are pounds and pence with a
 * dot and no pound sign ({@code 35.91}); dates ISO ({@code 2026-12-10}); RFC 4180 (CRLF, quotes where needed), UTF-8.
 * Text a family typed (the name on the account) cannot start a spreadsheet formula (OWASP CSV injection).
 */
public final class RunCsv {

    public static final List<String> HEADER = List.of("Reference", "Payee name", "Sort code", "Account number", "Roll number",
            "Amount", "Payment date", "Payment", "Payment id");

    /** One payment in the run. */
    public record Row(String reference, String payeeName, String sortCode, String accountNumber, @Nullable String rollNumber,
            Money amount, LocalDate paymentDate, String description, UUID paymentId) {}

    private RunCsv() {}

    public static byte[] write(List<Row> rows) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (Row row : rows) {
                csv.printRecord(SpreadsheetCells.safe(row.reference()), SpreadsheetCells.safe(row.payeeName()), row.sortCode(), row.accountNumber(),
                        SpreadsheetCells.safe(row.rollNumber()), amount(row.amount()), row.paymentDate().toString(), SpreadsheetCells.safe(row.description()),
                        row.paymentId().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 35.91: what finance systems import; never negative here, since a payment is always more than £0.00. */
    static String amount(Money amount) {
        long pence = amount.pence();
        return (pence / 100) + "." + String.format("%02d", pence % 100);
    }
}
