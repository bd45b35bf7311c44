package org.travelassist.payments.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.travelassist.payments.InvalidPaymentException;
import org.travelassist.shared.Money;

/**
 * The bank's returns report for one run, as CSV: a header {@code Reference,Sort code,Account number,Amount,Reason code},
 * one row per payment the bank returned, and optionally a last row {@code Total,,,<amount>,<count>}. Read whole and
 * refused whole: any broken row, unknown payment, repeated row or wrong total refuses the file with the row named,
 * so nothing is half-applied.
 */
public final class ReturnsFile {

    public static final List<String> HEADER = List.of("Reference", "Sort code", "Account number", "Amount", "Reason code");

    /** A payment in the run, as the file would name it. */
    public record Sent(UUID instructionId, String reference, String sortCode, String accountNumber, Money amount) {}

    public record Returned(UUID instructionId, ReturnReason reason) {}

    private ReturnsFile() {}

    public static List<Returned> read(byte[] content, List<Sent> run) {
        String text = decode(content);
        List<CSVRecord> rows;
        try {
            rows = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text)).getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidPaymentException("The file is not a CSV file we can read: " + e.getMessage());
        }
        if (rows.isEmpty() || !header(rows.getFirst()).equals(HEADER.stream().map(h -> h.toLowerCase(Locale.UK)).toList())) {
            throw new InvalidPaymentException("Row 1 must be the header " + String.join(",", HEADER));
        }
        var returned = new ArrayList<Returned>();
        var seen = new HashSet<UUID>();
        Money sum = Money.ZERO;
        for (int i = 1; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            int number = i + 1;
            if (row.size() != HEADER.size()) {
                throw new InvalidPaymentException("Row " + number + " has " + row.size() + " columns: it needs " + HEADER.size());
            }
            if (row.get(0).equalsIgnoreCase("Total")) {
                if (i != rows.size() - 1) {
                    throw new InvalidPaymentException("Row " + number + ": the Total row must be the last");
                }
                checkTotal(row, number, sum, returned.size());
                break;
            }
            Money amount = amount(row.get(3), number);
            String sortCode = row.get(1).replaceAll("[\\s-]", "");
            String account = row.get(2).replaceAll("\\s", "");
            var matches = run.stream()
                    .filter(sent -> sent.reference().equalsIgnoreCase(row.get(0).strip()) && sent.sortCode().equals(sortCode)
                            && sent.accountNumber().equals(account))
                    .toList();
            if (matches.isEmpty()) {
                throw new InvalidPaymentException("Row " + number + ": no payment in this run has the reference \"" + row.get(0)
                        + "\" to sort code " + row.get(1) + ", account " + row.get(2));
            }
            if (matches.size() > 1) {
                throw new InvalidPaymentException("Row " + number + ": more than one payment in this run matches it");
            }
            Sent sent = matches.getFirst();
            if (!sent.amount().equals(amount)) {
                throw new InvalidPaymentException("Row " + number + ": the run paid " + sent.amount() + " to " + sent.reference()
                        + ", not " + amount);
            }
            ReturnReason reason = ReturnReason.ofCode(row.get(4)).orElseThrow(() -> new InvalidPaymentException(
                    "Row " + number + ": \"" + row.get(4) + "\" is not a reason code we know (" + ReturnReason.codes() + ")"));
            if (!seen.add(sent.instructionId())) {
                throw new InvalidPaymentException("Row " + number + " repeats a payment returned on an earlier row");
            }
            sum = sum.plus(amount);
            returned.add(new Returned(sent.instructionId(), reason));
        }
        return returned;
    }

    private static void checkTotal(CSVRecord row, int number, Money sum, int count) {
        Money total = amount(row.get(3), number);
        int stated;
        try {
            stated = Integer.parseInt(row.get(4).strip());
        } catch (NumberFormatException e) {
            throw new InvalidPaymentException("Row " + number + ": the Total row's last column must be the number of payments returned");
        }
        if (!total.equals(sum) || stated != count) {
            throw new InvalidPaymentException("Row " + number + ": the Total row says " + stated + " payments of " + total
                    + ", but the file lists " + count + " of " + sum);
        }
    }

    private static Money amount(String typed, int number) {
        return switch (Money.parse(typed)) {
            case Money.Parsed.Amount amount -> amount.money();
            case Money.Parsed.Refused refused -> throw new InvalidPaymentException("Row " + number + ": the amount \"" + typed + "\" is "
                    + "not an amount in pounds and pence, like 12.50");
        };
    }

    private static List<String> header(CSVRecord row) {
        return row.stream().map(cell -> cell.strip().replace("\uFEFF", "").toLowerCase(Locale.UK)).toList();
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidPaymentException("The file is not a text (CSV) file");
        }
    }

}
