package be.epn.campus.certification.code;

import be.epn.campus.certification.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A certificate's verification code: 28 symbols of Crockford base32 (140 bits from {@link SecureRandom},
 * above the 128), shown in seven groups of four, e.g. {@code 7K2M-...}. Crockford's alphabet has no
 * I, L, O or U, so a code read aloud or copied from paper is hard to get wrong, and {@link #parse} forgives
 * case, spaces, dashes and the look-alikes O/0 and I/L/1.
 */
public record VerificationCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int SYMBOLS = 28;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    public VerificationCode {
        if (value == null || value.length() != SYMBOLS || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a canonical verification code");
        }
    }

    /** A new code; 140 random bits make a collision or a guess out of reach. */
    public static VerificationCode generate() {
        return generate(RANDOM);
    }

    /** A new code from the given source (tests pass a seeded one; the server uses {@link #generate()}). */
    public static VerificationCode generate(SecureRandom random) {
        char[] symbols = new char[SYMBOLS];
        for (int i = 0; i < SYMBOLS; i++) {
            symbols[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new VerificationCode(new String(symbols));
    }

    /** The code as typed by a person, if it is one: case, spaces, dashes and look-alike letters forgiven. */
    public static Optional<VerificationCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder canonical = new StringBuilder(SYMBOLS);
        for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                case ' ', '-', '\t', '\u00A0' -> 0;
                default -> c;
            };
            if (mapped == 0) {
                continue;
            }
            if (ALPHABET.indexOf(mapped) < 0 || canonical.length() == SYMBOLS) {
                return Optional.empty();
            }
            canonical.append(mapped);
        }
        return canonical.length() == SYMBOLS ? Optional.of(new VerificationCode(canonical.toString()))
                : Optional.empty();
    }

    /** The printed form: groups of four separated by dashes. */
    public String formatted() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < SYMBOLS; i += GROUP) {
            out.append(i == 0 ? "" : "-").append(value, i, i + GROUP);
        }
        return out.toString();
    }

    /**
     * The SHA-256 (hex) of the canonical code: the server stores and looks up this, never the code, so a
     * copy of the database gives no valid code, and an index lookup by hash leaks nothing about the code
     * through timing.
     */
    public String lookupHash() {
        return HexFormat.of().formatHex(Sha256.of(value));
    }

    /** Compares in constant time, for a caller that holds a code and checks one typed in. */
    public boolean matches(VerificationCode other) {
        return other != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                other.value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return formatted();
    }
}
