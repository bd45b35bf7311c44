package org.travelassist.payments.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.Money;

/**
 * A payment run as a BACS Standard 18 file for a single processing day: the labels VOL1, HDR1, HDR2 and UHL1, one
 * standard record (transaction code 99, a credit) per payment, the contra record (17) that debits the council's own
 * account with the total, then EOF1, EOF2 and UTL1 with the totals and counts. Labels are 80 characters and data
 * records 100, each on its own line (CRLF), in the BACS character set (A–Z, 0–9, space and . / - &amp;).
 */
public final class BacsFile {

    /** One credit to a family's account. */
    public record Credit(String sortCode, String accountNumber, String accountName, Money amount, String reference) {}

    static final String CREDIT = "99";
    static final String CONTRA = "17";

    private BacsFile() {}

    /**
     * @param serialNumber the run's number, unique to the council (VOL1's serial and HDR1's file)
     * @param created the day it was made (its approval, so the same run always gives the same file)
     * @param processingDay BACS's day 2: the money reaches the accounts the next working day
     */
    public static String write(CouncilProfile.Bacs council, long serialNumber, LocalDate created, LocalDate processingDay,
            List<Credit> credits) {
        String sun = council.serviceUserNumber();
        String sortCode = council.sortCode().replace("-", "");
        String serial = number(serialNumber % 1_000_000, 6);
        var file = new StringBuilder();
        line(file, "VOL1" + serial + " " + blank(20) + blank(6) + blank(4) + sun + blank(4) + blank(28) + "1");
        String fileHeader = "A" + sun + "S" + blank(2) + "1" + sun + number(serialNumber % 1_000_000, 6) + "0001" + "0001"
                + blank(4) + blank(2) + julian(created) + julian(created) + " " + "000000" + blank(13) + blank(7);
        line(file, "HDR1" + fileHeader);
        String format = "F" + "02000" + "00100" + blank(35) + "00" + blank(28);
        line(file, "HDR2" + format);
        line(file, "UHL1" + julian(processingDay) + "999999" + blank(4) + "00" + "000000" + "1 DAILY  " + "001" + blank(7)
                + blank(7) + blank(26));
        long total = 0;
        for (Credit credit : credits) {
            total = Math.addExact(total, credit.amount().pence());
            line(file, credit.sortCode() + credit.accountNumber() + "0" + CREDIT + sortCode + council.accountNumber() + blank(4)
                    + number(credit.amount().pence(), 11) + text(council.accountName(), 18) + text(credit.reference(), 18)
                    + text(credit.accountName(), 18));
        }
        line(file, sortCode + council.accountNumber() + "0" + CONTRA + sortCode + council.accountNumber() + blank(4) + number(total, 11)
                + text("TRAVEL ASSIST", 18) + text("CONTRA", 18) + text(council.accountName(), 18));
        line(file, "EOF1" + fileHeader);
        line(file, "EOF2" + format);
        line(file, "UTL1" + number(total, 13) + number(total, 13) + number(1, 7) + number(credits.size(), 7) + blank(8) + blank(28));
        return file.toString();
    }

    public static byte[] bytes(String file) {
        return file.getBytes(StandardCharsets.US_ASCII);
    }

    private static void line(StringBuilder file, String record) {
        if (record.length() != 80 && record.length() != 100) {
            throw new IllegalStateException("A Standard 18 record is 80 or 100 characters, not " + record.length() + ": " + record);
        }
        file.append(record).append("\r\n");
    }

    /** " YYDDD": a space, the year's last two digits and the day of the year. */
    static String julian(LocalDate day) {
        return " " + String.format(Locale.ROOT, "%02d%03d", day.getYear() % 100, day.getDayOfYear());
    }

    private static String number(long value, int width) {
        String digits = Long.toString(value);
        if (value < 0 || digits.length() > width) {
            throw new IllegalArgumentException("Cannot write " + value + " in " + width + " digits");
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    /** Upper case in the BACS character set, anything else a space, cut or padded to the width. */
    static String text(String value, int width) {
        var out = new StringBuilder();
        for (char c : value.toUpperCase(Locale.ROOT).toCharArray()) {
            out.append((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '/' || c == '-' || c == '&' ? c : ' ');
            if (out.length() == width) {
                break;
            }
        }
        return out + blank(width - out.length());
    }

    private static String blank(int width) {
        return " ".repeat(width);
    }
}
