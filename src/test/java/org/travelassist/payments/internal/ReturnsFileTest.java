package org.travelassist.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.travelassist.payments.InvalidPaymentException;
import org.travelassist.shared.Money;

/** A returns file is read whole and refused whole, naming the row, whatever is wrong with it. */
class ReturnsFileTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final List<ReturnsFile.Sent> RUN = List.of(
            new ReturnsFile.Sent(A, "TA MIL 000123", "309430", "11112222", Money.ofPence(3_591)),
            new ReturnsFile.Sent(B, "TA PTB 000124 1/3", "401276", "33334444", Money.ofPounds(400)));
    static final String HEADER = "Reference,Sort code,Account number,Amount,Reason code\n";

    static List<ReturnsFile.Returned> read(String csv) {
        return ReturnsFile.read(csv.getBytes(StandardCharsets.UTF_8), RUN);
    }

    @Test
    void the_payments_listed_are_returned_with_their_reasons() {
        assertThat(read(HEADER + "TA MIL 000123,30-94-30,11112222,35.91,B\nTotal,,,35.91,1\n"))
                .containsExactly(new ReturnsFile.Returned(A, ReturnReason.ACCOUNT_CLOSED));
        assertThat(read(HEADER)).isEmpty();
    }

    @Test
    void broken_files_are_refused_with_the_row_named() {
        assertRefused("Reference,Amount\n", "Row 1 must be the header");
        assertRefused(HEADER + "TA MIL 000123,309430,11112222,35.91\n", "Row 2 has 4 columns");
        assertRefused(HEADER + "TA MIL 000999,309430,11112222,35.91,B\n", "Row 2: no payment in this run has the reference");
        assertRefused(HEADER + "TA PTB 000124 1/3,401276,33334444,400.00,B\nTA MIL 000123,309430,11112222,3.59,B\n",
                "Row 3: the run paid £35.91 to TA MIL 000123, not £3.59");
        assertRefused(HEADER + "TA MIL 000123,309430,11112222,35.91,Z\n", "Row 2: \"Z\" is not a reason code");
        assertRefused(HEADER + "TA MIL 000123,309430,11112222,35.91,B\nTA MIL 000123,309430,11112222,35.91,0\n",
                "Row 3 repeats a payment");
        assertRefused(HEADER + "TA MIL 000123,309430,11112222,35.91,B\nTotal,,,400.00,2\n",
                "Row 3: the Total row says 2 payments of £400.00, but the file lists 1 of £35.91");
        assertRefused(HEADER + "TA MIL 000123,309430,11112222,abc,B\n", "Row 2: the amount \"abc\"");
    }

    @Test
    void a_file_that_is_not_text_is_refused() {
        assertThatThrownBy(() -> ReturnsFile.read(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}, RUN))
                .isInstanceOf(InvalidPaymentException.class).hasMessageContaining("not a text");
    }

    static void assertRefused(String csv, String message) {
        assertThatThrownBy(() -> read(csv)).isInstanceOf(InvalidPaymentException.class).hasMessageContaining(message);
    }
}
