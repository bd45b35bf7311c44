package org.travelassist.shared;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * An amount of money in whole pence (sterling), never a {@code double}. Arithmetic is exact and fails loudly on
 * overflow rather than wrapping. The range is symmetrical (±{@link Long#MAX_VALUE} pence), so {@link #negate()}
 * always works.
 *
 * <p>Shown as GOV.UK writes money in tables and letters, always with pence: "£1,915.20", "£0.05", "-£5.00". A
 * negative amount starts with a hyphen-minus, which screen readers read as "minus"; where a negative amount stands
 * alone (a balance, an adjustment), give it {@link #spoken()} ("minus £5.00") as its accessible name too.
 *
 * <p>Splitting a total ({@link #allocate(int)}, {@link #allocateByRatios(long...)}) never loses or invents a penny:
 * the parts always add up to the total. See {@link #allocateByRatios(long...)} for where the odd pennies go.
 */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (pence == Long.MIN_VALUE) {
            throw new ArithmeticException("Money out of range: " + pence + " pence");
        }
    }

    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    public static Money ofPounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100));
    }

    public static Money ofPounds(long pounds, int pence) {
        if (pence < 0 || pence > 99) {
            throw new IllegalArgumentException("Pence must be 0 to 99: " + pence);
        }
        long whole = Math.multiplyExact(Math.absExact(pounds), 100);
        long total = Math.addExact(whole, pence);
        return new Money(pounds < 0 ? -total : total);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(pence, factor));
    }

    public Money negate() {
        return new Money(-pence);
    }

    public boolean isZero() {
        return pence == 0;
    }

    public boolean isNegative() {
        return pence < 0;
    }

    public boolean isPositive() {
        return pence > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    public static Money sum(Iterable<Money> amounts) {
        Money total = ZERO;
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    /**
     * This amount in {@code parts} equal shares that add up to it exactly. Where it does not divide evenly, the
     * first shares get one penny more: £10.00 in 3 is £3.34, £3.33, £3.33. A negative amount is split the same way
     * (-£10.00 in 3 is -£3.34, -£3.33, -£3.33).
     */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("Cannot split money into " + parts + " parts");
        }
        long[] ratios = new long[parts];
        Arrays.fill(ratios, 1);
        return allocateByRatios(ratios);
    }

    /**
     * This amount in shares proportional to {@code ratios} that add up to it exactly (largest remainder method).
     * Each share is first its exact share rounded towards zero; the pennies left over then go one each to the shares
     * that lost most in that rounding, and between shares that lost the same, to the earlier ones. So every share is
     * within one penny of its exact share, a share with ratio 0 gets nothing, and equal ratios put the odd pennies
     * on the first shares. Ratios must be zero or more, with at least one above zero.
     */
    public List<Money> allocateByRatios(long... ratios) {
        if (ratios.length == 0) {
            throw new IllegalArgumentException("Cannot split money into no parts");
        }
        BigInteger ratioSum = BigInteger.ZERO;
        for (long ratio : ratios) {
            if (ratio < 0) {
                throw new IllegalArgumentException("A ratio cannot be negative: " + ratio);
            }
            ratioSum = ratioSum.add(BigInteger.valueOf(ratio));
        }
        if (ratioSum.signum() == 0) {
            throw new IllegalArgumentException("At least one ratio must be above zero");
        }
        // Work on the size of the amount and put the sign back at the end, so a negative total splits as a mirror
        // image of the positive one.
        BigInteger size = BigInteger.valueOf(Math.abs(pence));
        long[] shares = new long[ratios.length];
        BigInteger[] lost = new BigInteger[ratios.length];
        long given = 0;
        for (int i = 0; i < ratios.length; i++) {
            BigInteger[] quotientAndRemainder = size.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(ratioSum);
            shares[i] = quotientAndRemainder[0].longValueExact();
            lost[i] = quotientAndRemainder[1];
            given += shares[i];
        }
        long leftOver = Math.abs(pence) - given; // fewer than ratios.length pennies
        IntStream.range(0, ratios.length)
                .boxed()
                .sorted(Comparator.<Integer, BigInteger>comparing(i -> lost[i]).reversed().thenComparing(i -> i))
                .limit(leftOver)
                .forEach(i -> shares[i]++);
        List<Money> result = new ArrayList<>(ratios.length);
        for (long share : shares) {
            result.add(new Money(pence < 0 ? -share : share));
        }
        return List.copyOf(result);
    }

    /** "£1,915.20", "£0.05", "-£5.00". */
    public String formatted() {
        long size = Math.abs(pence);
        return (pence < 0 ? "-" : "") + "£" + String.format(Locale.UK, "%,d.%02d", size / 100, size % 100);
    }

    /** For a screen reader where a negative amount must not be missed: "minus £5.00"; otherwise as formatted. */
    public String spoken() {
        return pence < 0 ? "minus " + negate().formatted() : formatted();
    }

    @Override
    public String toString() {
        return formatted();
    }

    // ---- Parsing what people type -------------------------------------------------------------------------------

    /** What to show next to an amount field, in GOV.UK style; {@link #parse} returns these. */
    public static final String ENTER_AN_AMOUNT = "Enter an amount, like £12.50";
    public static final String NOT_AN_AMOUNT = "Enter an amount in pounds and pence, using numbers, like £12.50";
    public static final String TOO_MANY_PENCE_DIGITS =
            "Enter an amount with no more than 2 numbers after the decimal point, like £12.50";
    public static final String COMMAS_ONLY_FOR_THOUSANDS =
            "Use commas only to separate thousands, like £1,915.20, or leave them out";
    public static final String NOT_NEGATIVE = "Enter an amount of £0.00 or more";
    public static final String TOO_LARGE = "Enter a smaller amount";

    /** Pounds with optional thousands commas, optional pence of 1 or 2 digits; or just pence after a point. */
    private static final Pattern POUNDS = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+");
    private static final Pattern CHARACTERS_OF_AN_AMOUNT = Pattern.compile("[\\d,]*(\\.\\d*)?");

    /** The outcome of reading a typed amount: the amount, or what to tell the person. */
    public sealed interface Parsed permits Parsed.Amount, Parsed.Refused {

        record Amount(Money money) implements Parsed {}

        record Refused(String message) implements Parsed {}
    }

    /**
     * Reads an amount typed into a form, zero or more: "£1,915.20", "1915.2", "1,915", " 12 ", ".50". Refuses, with
     * a message the form can show, what is blank, not a number ("abc", "£"), has more than 2 pence digits
     * ("1.234", which in some countries means one thousand), misplaced commas ("12,34") or a minus sign.
     */
    public static Parsed parse(String typed) {
        return parse(typed, false);
    }

    /** As {@link #parse(String)}, but also accepts a minus sign in front ("-5", "-£5.00"), for adjustments. */
    public static Parsed parseAllowingNegative(String typed) {
        return parse(typed, true);
    }

    private static Parsed parse(String typed, boolean negativeAllowed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return new Parsed.Refused(ENTER_AN_AMOUNT);
        }
        boolean negative = text.startsWith("-") || text.startsWith("\u2212");
        if (negative) {
            text = text.substring(1).stripLeading();
        }
        if (text.startsWith("£")) {
            text = text.substring(1).stripLeading();
        }
        if (text.chars().noneMatch(Character::isDigit) || !CHARACTERS_OF_AN_AMOUNT.matcher(text).matches()) {
            return new Parsed.Refused(NOT_AN_AMOUNT);
        }
        int point = text.indexOf('.');
        String pounds = point < 0 ? text : text.substring(0, point);
        String pennies = point < 0 ? "" : text.substring(point + 1);
        if (point >= 0 && pennies.isEmpty()) {
            return new Parsed.Refused(NOT_AN_AMOUNT); // "12." : probably unfinished
        }
        if (pennies.length() > 2) {
            return new Parsed.Refused(TOO_MANY_PENCE_DIGITS);
        }
        if (!pounds.isEmpty() && !POUNDS.matcher(pounds).matches()) {
            return new Parsed.Refused(COMMAS_ONLY_FOR_THOUSANDS);
        }
        if (negative && !negativeAllowed) {
            return new Parsed.Refused(NOT_NEGATIVE);
        }
        String digits = pounds.replace(",", "");
        BigInteger size = new BigInteger(digits.isEmpty() ? "0" : digits)
                .multiply(BigInteger.valueOf(100))
                .add(BigInteger.valueOf(pennies.isEmpty() ? 0 : Integer.parseInt((pennies + "0").substring(0, 2))));
        if (size.bitLength() > 63) {
            return new Parsed.Refused(TOO_LARGE);
        }
        long value = size.longValueExact();
        return new Parsed.Amount(new Money(negative ? -value : value));
    }
}
