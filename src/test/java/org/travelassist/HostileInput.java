package org.travelassist;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Hostile input for the fuzz tests: what a careless or malicious client, a broken export or a pasted document can
 * send. Each value is drawn from a seeded {@link Random}, so a failure names its seed and input and can be replayed
 * ({@code -Dtravelassist.hostile.seed=...}). How many inputs a test tries is {@link #count(int)}: a few hundred in
 * {@code ./mvnw verify}, more with {@code -Dtravelassist.hostile.scale=N} (the benchmark and nodes profiles).
 */
public final class HostileInput {

    /** Strings that have broken parsers, databases, letters and spreadsheets somewhere. */
    static final List<String> NASTY = List.of(
            "", " ", "\t", "\n", "\r\n", "\u0000", "\u000B", "\u0007", "\u001B[31m", "\uFEFF", "\u200B", "\u202E", "\u00A0",
            "\uD800", "\uDFFF", "\uFFFF", "\uFFFE", "😀", "👩‍👩‍👧‍👦", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇", "ﷺ", "𝕋𝕖𝕤𝕥", "İ", "ß", "ǅ",
            "null", "NULL", "undefined", "NaN", "Infinity", "-Infinity", "true", "false", "0", "-0", "-1", "1e309",
            "9223372036854775808", "-9223372036854775809", "2147483648", "99999999999999999999999999", "0x1F", "1,000.00",
            "£-0.00", "£1e3", "12.345", ".5", "5.", "1/0", "%", "%00", "%s%s%s%n", "{0}", "${jndi:ldap://x/a}", "#{7*7}",
            "{{7*7}}", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "' OR '1'='1",
            "'; drop table application; --", "\\", "\\\\", "\"", "'", "`", ",", ";", "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "CON", "file:///etc/passwd", "http://169.254.169.254/",
            "2026-02-30", "2026-13-01", "0000-01-01", "+999999999-12-31", "-999999999-01-01", "1900-01-01", "2026-1-1",
            "31/12/2026", "SW1A 1AA", "LE15 7HY", "le157hy", "LE15  7HY", "GIR 0AA", "ZZ99 9ZZ", "LE15", "L", "A".repeat(21),
            "137340", "000000", "-137340", "1".repeat(40), "x".repeat(255), "x".repeat(256), "é".repeat(300),
            "x".repeat(10_000), "\u0000".repeat(100), "\n".repeat(1_000), "a\u0000b", "line1\u000Bline2", "tab\tinside");

    private final Random random;
    private final long seed;

    public HostileInput() {
        this(Long.getLong("travelassist.hostile.seed", System.nanoTime()));
    }

    public HostileInput(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    public long seed() {
        return seed;
    }

    /** How many inputs to try: {@code base} times {@code -Dtravelassist.hostile.scale} (1 unless set). */
    public static int count(int base) {
        return base * Integer.getInteger("travelassist.hostile.scale", 1);
    }

    public Random random() {
        return random;
    }

    public int between(int fromInclusive, int toExclusive) {
        return random.nextInt(fromInclusive, toExclusive);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    @SafeVarargs
    public final <T> T oneOf(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A hostile string: a known nasty one, random code points, a mutation of the valid value, or a mixture. */
    public String string(String valid) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> oneOf(NASTY);
            case 2 -> randomText(between(0, 40));
            case 3 -> mutate(valid);
            case 4 -> valid + oneOf(NASTY);
            default -> oneOf(NASTY) + mutate(valid) + oneOf(NASTY);
        };
    }

    /** A string, or sometimes null: for fields a form may leave empty. */
    public String stringOrNull(String valid) {
        return chance(0.1) ? null : string(valid);
    }

    /** Any code points, surrogates and controls included. */
    public String randomText(int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(5)) {
                case 0 -> (char) random.nextInt(0, 0x20);
                case 1 -> (char) random.nextInt(0x20, 0x7F);
                case 2 -> (char) random.nextInt(0xD800, 0xE000);
                case 3 -> new String(Character.toChars(random.nextInt(0x80, 0x10FFFF))).replaceAll("[\uD800-\uDFFF]", "?");
                default -> (char) random.nextInt(0x80, 0xFFFF);
            });
        }
        return text.toString();
    }

    /** The valid value with a few characters inserted, removed, swapped or repeated. */
    public String mutate(String valid) {
        var text = new StringBuilder(valid);
        int edits = between(1, 4);
        for (int i = 0; i < edits; i++) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> text.insert(at, oneOf(NASTY).isEmpty() ? "\u0000" : oneOf(NASTY));
                case 1 -> {
                    if (at < text.length()) {
                        text.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < text.length()) {
                        text.setCharAt(at, (char) random.nextInt(0, 0x3000));
                    }
                }
                case 3 -> text.insert(at, text.substring(0, Math.min(text.length(), at)));
                default -> text.setLength(Math.min(text.length(), at));
            }
        }
        return text.toString();
    }

    /** Random bytes, often not UTF-8 at all. */
    public byte[] bytes(int maxLength) {
        byte[] bytes = new byte[between(0, maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A JSON value of any kind, sometimes deep, sometimes not quite JSON. */
    public String jsonValue(String validLiteral) {
        return switch (random.nextInt(12)) {
            case 0 -> "null";
            case 1 -> oneOf("true", "false");
            case 2 -> oneOf("0", "-1", "1e309", "-1e309", "1.5", "9223372036854775808", "123456789012345678901234567890", "-0.0", "1E+2");
            case 3 -> "[" + quoted(string("")) + "," + oneOf("1", "null", "{}") + "]";
            case 4 -> "{\"" + string("a").replace("\"", "") + "\": " + quoted(string("x")) + "}";
            case 5 -> "[".repeat(between(1, 600)) + "]".repeat(between(0, 600));
            case 6 -> oneOf("NaN", "Infinity", "undefined", "'single'", "0x10", "01", "+1", "tru", "\"unterminated");
            case 7 -> "{\"$ref\":\"#\"}";
            default -> quoted(string(validLiteral));
        };
    }

    /** A JSON string literal, escaped as a sender would (lone surrogates and controls as \\u escapes). */
    public static String quoted(String text) {
        var json = new StringBuilder("\"");
        text.chars().forEach(c -> {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate((char) c)) {
                        json.append(String.format("\\u%04x", c));
                    } else {
                        json.append((char) c);
                    }
                }
            }
        });
        return json.append('"').toString();
    }

    /** A line of CSV: the valid cells, some replaced, dropped, repeated or quoted badly. */
    public String csvLine(List<String> validCells) {
        var cells = new java.util.ArrayList<>(validCells);
        int edits = between(0, 3);
        for (int i = 0; i < edits && !cells.isEmpty(); i++) {
            int at = random.nextInt(cells.size());
            switch (random.nextInt(5)) {
                case 0 -> cells.set(at, string(cells.get(at)));
                case 1 -> cells.remove(at);
                case 2 -> cells.add(at, cells.get(at));
                case 3 -> cells.set(at, "\"" + cells.get(at)); // an unclosed quote
                default -> cells.set(at, "\"" + cells.get(at).replace("\"", "\"\"") + "\"");
            }
        }
        return String.join(oneOf(",", ",", ",", ";", "\t"), cells);
    }

    /** A file of CSV lines, with the line endings, BOMs and encodings exports really have. */
    public byte[] csvFile(List<String> lines) {
        String ending = oneOf("\n", "\r\n", "\r");
        String text = (chance(0.2) ? "\uFEFF" : "") + String.join(ending, lines) + (chance(0.5) ? ending : "");
        return switch (random.nextInt(8)) {
            case 0 -> text.getBytes(StandardCharsets.ISO_8859_1);
            case 1 -> text.getBytes(StandardCharsets.UTF_16);
            case 2 -> truncate(text.getBytes(StandardCharsets.UTF_8));
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] truncate(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
    }

    /** Repeats until one case fails, then says which input with the seed: a bare assertion would hide it. */
    public void forEach(int count, Supplier<String> describe, Runnable check) {
        for (int i = 0; i < count; i++) {
            String input = describe.get();
            try {
                check.run();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Input " + (i + 1) + " of " + count + " (seed " + seed + "): " + abbreviate(input), e);
            }
        }
    }

    public static String abbreviate(String input) {
        String shown = input.length() > 300 ? input.substring(0, 300) + "… (" + input.length() + " chars)" : input;
        return shown.chars().mapToObj(c -> c < 0x20 || Character.isSurrogate((char) c) ? String.format("\\u%04x", c)
                : String.valueOf((char) c)).collect(java.util.stream.Collectors.joining());
    }
}
