package org.travelassist.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.travelassist.shared.Money;

/** The run's CSV read back as a finance system would: a header, one row per payment, no totals row, no formulas. */
public class RunCsvTest {

    public static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void one_row_per_payment_with_the_full_bank_details_the_amount_in_pounds_and_no_totals_row() throws IOException {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        byte[] csv = RunCsv.write(List.of(
                new RunCsv.Row("TA MIL 000123", "Priya Shah", "012345", "00012345", null, Money.ofPence(3_591), LocalDate.of(2026, 12, 10),
                        "Mileage for Aarav, November 2026", first),
                new RunCsv.Row("TA PTB 000124 1/3", "O'Brien, Tom \"TJ\"", "309430", "87654321", "ROLL/1", Money.ofPence(40_005),
                        LocalDate.of(2026, 12, 10), "Travel budget for Ella, payment 1 of 3", second)));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Reference,Payee name,Sort code,Account number,Roll number,Amount,Payment date,Payment,Payment id\r\n");
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(2);
        CSVRecord claim = rows.get(0);
        assertThat(claim.get("Reference")).isEqualTo("TA MIL 000123");
        assertThat(claim.get("Sort code")).as("leading zeros kept").isEqualTo("012345");
        assertThat(claim.get("Account number")).isEqualTo("00012345");
        assertThat(claim.get("Roll number")).isEmpty();
        assertThat(claim.get("Amount")).isEqualTo("35.91");
        assertThat(claim.get("Payment date")).isEqualTo("2026-12-10");
        assertThat(claim.get("Payment id")).isEqualTo(first.toString());
        CSVRecord instalment = rows.get(1);
        assertThat(instalment.get("Payee name")).as("commas and quotes survive").isEqualTo("O'Brien, Tom \"TJ\"");
        assertThat(instalment.get("Amount")).isEqualTo("400.05");
        assertThat(instalment.get("Roll number")).isEqualTo("ROLL/1");
        long pence = rows.stream().mapToLong(row -> Math.round(Double.parseDouble(row.get("Amount")) * 100)).sum();
        assertThat(pence).as("every row is a payment: the rows add up to the run").isEqualTo(43_596);
    }

    @Test
    void text_a_family_typed_cannot_start_a_spreadsheet_formula() throws IOException {
        var rows = parse(RunCsv.write(List.of(
                new RunCsv.Row("TA MIL 000125", "=HYPERLINK(\"http://evil\",\"x\")", "309430", "12345678", "+1", Money.ofPence(100),
                        LocalDate.of(2026, 12, 10), "@SUM(A1)", UUID.randomUUID()),
                new RunCsv.Row("TA MIL 000126", "-2+3", "309430", "12345679", null, Money.ofPence(100), LocalDate.of(2026, 12, 10),
                        "\tTab", UUID.randomUUID()))));

        assertThat(rows.get(0).get("Payee name")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(rows.get(0).get("Roll number")).isEqualTo("'+1");
        assertThat(rows.get(0).get("Payment")).isEqualTo("'@SUM(A1)");
        assertThat(rows.get(1).get("Payee name")).isEqualTo("'-2+3");
        assertThat(rows.get(1).get("Payment")).isEqualTo("'\tTab");
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell).as("no cell a spreadsheet would run").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }
    }

    @Test
    void an_empty_list_is_just_the_header() throws IOException {
        assertThat(parse(RunCsv.write(List.of()))).isEmpty();
        assertThat(RunCsv.amount(Money.ofPence(5))).isEqualTo("0.05");
        assertThat(RunCsv.amount(Money.ofPence(100_000_00))).isEqualTo("100000.00");
    }
}
