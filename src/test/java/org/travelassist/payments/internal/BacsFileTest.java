package org.travelassist.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.Money;

/**
 * The Standard 18 file read back by a parser of its own, built from the specification's field positions (Bacs
 * Standard 18, as in HSBC's "Message Implementation Guide: BACS Standard 18" and Bank of Ireland's "BACS File
 * Specification"), not by comparing with a file we made earlier.
 */
class BacsFileTest {

    /** A field as the specification gives it: a name and its first and last character positions, counted from 1. */
    record Field(String name, int from, int to) {}

    static final List<Field> VOL1 = List.of(new Field("label", 1, 4), new Field("serial", 5, 10), new Field("accessibility", 11, 11),
            new Field("reserved1", 12, 41), new Field("owner", 42, 47), new Field("reserved2", 48, 79), new Field("standard", 80, 80));
    static final List<Field> HDR1 = List.of(new Field("label", 1, 4), new Field("fileId", 5, 21), new Field("setId", 22, 27),
            new Field("section", 28, 31), new Field("sequence", 32, 35), new Field("generation", 36, 41),
            new Field("created", 42, 47), new Field("expires", 48, 53), new Field("accessibility", 54, 54),
            new Field("blocks", 55, 60), new Field("system", 61, 73), new Field("reserved", 74, 80));
    static final List<Field> HDR2 = List.of(new Field("label", 1, 4), new Field("format", 5, 5), new Field("blockLength", 6, 10),
            new Field("recordLength", 11, 15), new Field("reserved", 16, 50), new Field("offset", 51, 52), new Field("rest", 53, 80));
    static final List<Field> UHL1 = List.of(new Field("label", 1, 4), new Field("processingDay", 5, 10),
            new Field("receivingParty", 11, 20), new Field("currency", 21, 22), new Field("country", 23, 28),
            new Field("workCode", 29, 37), new Field("fileNumber", 38, 40), new Field("rest", 41, 80));
    static final List<Field> STANDARD = List.of(new Field("destinationSortCode", 1, 6), new Field("destinationAccount", 7, 14),
            new Field("accountType", 15, 15), new Field("transactionCode", 16, 17), new Field("originatingSortCode", 18, 23),
            new Field("originatingAccount", 24, 31), new Field("free", 32, 35), new Field("amount", 36, 46),
            new Field("userName", 47, 64), new Field("userReference", 65, 82), new Field("destinationName", 83, 100));
    static final List<Field> UTL1 = List.of(new Field("label", 1, 4), new Field("debitValue", 5, 17), new Field("creditValue", 18, 30),
            new Field("debitCount", 31, 37), new Field("creditCount", 38, 44), new Field("rest", 45, 80));

    static Map<String, String> parse(String record, List<Field> fields) {
        int length = fields.getLast().to();
        assertThat(record).as("record length").hasSize(length);
        var values = new LinkedHashMap<String, String>();
        for (Field field : fields) {
            values.put(field.name(), record.substring(field.from() - 1, field.to()));
        }
        return values;
    }

    static final CouncilProfile.Bacs COUNCIL = new CouncilProfile.Bacs("123456", "12-34-56", "12345678", "RUTLAND CC");

    @Test
    void every_record_is_where_the_specification_puts_it_with_the_totals_and_counts() {
        var credits = List.of(
                new BacsFile.Credit("309430", "11112222", "Priya Shah", Money.ofPence(3_591), "TA MIL 000123"),
                new BacsFile.Credit("401276", "33334444", "Tom O'Brien-Baker", Money.ofPounds(400), "TA PTB 000124 1/3"));
        String file = BacsFile.write(COUNCIL, 42, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), credits);

        assertThat(file).endsWith("\r\n");
        List<String> records = Arrays.asList(file.split("\r\n"));
        assertThat(records).hasSize(4 + 2 + 1 + 3);
        assertThat(records).allMatch(r -> r.matches("[A-Z0-9 ./&-]+"), "only the BACS character set");

        var vol = parse(records.get(0), VOL1);
        assertThat(vol.get("label")).isEqualTo("VOL1");
        assertThat(vol.get("serial")).isEqualTo("000042");
        assertThat(vol.get("owner")).isEqualTo("123456");
        assertThat(vol.get("reserved1") + vol.get("reserved2")).isBlank();
        assertThat(vol.get("standard")).isEqualTo("1");

        var hdr1 = parse(records.get(1), HDR1);
        assertThat(hdr1.get("label")).isEqualTo("HDR1");
        assertThat(hdr1.get("fileId")).isEqualTo("A123456S  1123456");
        assertThat(hdr1.get("section")).isEqualTo("0001");
        assertThat(hdr1.get("sequence")).isEqualTo("0001");
        assertThat(hdr1.get("created")).isEqualTo(" 26335"); // 1 December 2026 is day 335
        assertThat(hdr1.get("blocks")).isEqualTo("000000");

        var hdr2 = parse(records.get(2), HDR2);
        assertThat(hdr2.get("format")).isEqualTo("F");
        assertThat(hdr2.get("blockLength")).isEqualTo("02000");
        assertThat(hdr2.get("recordLength")).isEqualTo("00100");
        assertThat(hdr2.get("offset")).isEqualTo("00");

        var uhl = parse(records.get(3), UHL1);
        assertThat(uhl.get("label")).isEqualTo("UHL1");
        assertThat(uhl.get("processingDay")).isEqualTo(" 26341"); // 7 December 2026
        assertThat(uhl.get("receivingParty")).isEqualTo("999999    ");
        assertThat(uhl.get("currency")).isEqualTo("00");
        assertThat(uhl.get("workCode")).isEqualTo("1 DAILY  ");
        assertThat(uhl.get("fileNumber")).isEqualTo("001");

        var first = parse(records.get(4), STANDARD);
        assertThat(first.get("destinationSortCode")).isEqualTo("309430");
        assertThat(first.get("destinationAccount")).isEqualTo("11112222");
        assertThat(first.get("accountType")).isEqualTo("0");
        assertThat(first.get("transactionCode")).isEqualTo("99");
        assertThat(first.get("originatingSortCode")).isEqualTo("123456");
        assertThat(first.get("originatingAccount")).isEqualTo("12345678");
        assertThat(first.get("amount")).isEqualTo("00000003591");
        assertThat(first.get("userName").strip()).isEqualTo("RUTLAND CC");
        assertThat(first.get("userReference").strip()).isEqualTo("TA MIL 000123");
        assertThat(first.get("destinationName").strip()).isEqualTo("PRIYA SHAH");

        var second = parse(records.get(5), STANDARD);
        assertThat(second.get("amount")).isEqualTo("00000040000");
        assertThat(second.get("userReference")).isEqualTo("TA PTB 000124 1/3 ");
        assertThat(second.get("destinationName")).as("cut to 18, apostrophe a space").isEqualTo("TOM O BRIEN-BAKER ");

        var contra = parse(records.get(6), STANDARD);
        assertThat(contra.get("destinationSortCode") + contra.get("destinationAccount")).isEqualTo("12345612345678");
        assertThat(contra.get("transactionCode")).isEqualTo("17");
        assertThat(Long.parseLong(contra.get("amount"))).isEqualTo(3_591 + 40_000);
        assertThat(contra.get("userReference").strip()).isEqualTo("CONTRA");

        assertThat(records.get(7)).isEqualTo("EOF1" + records.get(1).substring(4));
        assertThat(records.get(8)).isEqualTo("EOF2" + records.get(2).substring(4));

        var utl = parse(records.get(9), UTL1);
        long credited = records.subList(4, 6).stream().mapToLong(r -> Long.parseLong(parse(r, STANDARD).get("amount"))).sum();
        assertThat(Long.parseLong(utl.get("creditValue"))).isEqualTo(credited);
        assertThat(Long.parseLong(utl.get("debitValue"))).as("the contra debits what the credits pay").isEqualTo(credited);
        assertThat(Integer.parseInt(utl.get("creditCount"))).isEqualTo(2);
        assertThat(Integer.parseInt(utl.get("debitCount"))).isEqualTo(1);
    }

    @Test
    void an_empty_run_still_has_its_labels_and_a_zero_contra() {
        List<String> records = Arrays.asList(BacsFile.write(COUNCIL, 1_000_007, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5),
                List.of()).split("\r\n"));
        assertThat(records).hasSize(8);
        assertThat(parse(records.get(0), VOL1).get("serial")).as("six digits, wrapping").isEqualTo("000007");
        assertThat(parse(records.get(7), UTL1).get("creditCount")).isEqualTo("0000000");
        assertThat(parse(records.get(3), UHL1).get("processingDay")).isEqualTo(" 27005");
    }
}
