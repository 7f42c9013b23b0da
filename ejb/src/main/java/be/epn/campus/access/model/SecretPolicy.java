package be.epn.campus.access.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a secret must be. Short enough for a person who has never used a computer (a 4-digit PIN, like a
 * bank card), never trivially guessable (0000, 1234, the year of birth). Guessing is further held back by
 * {@link LockoutPolicy}: ten wrong tries lock the account.
 */
public final class SecretPolicy {

    public static final int PIN_MIN = 4;
    public static final int PIN_MAX = 8;
    public static final int PASSPHRASE_MIN = 10;
    public static final int PASSPHRASE_MAX = 128;

    /** Why a secret is refused; the page words each reason in the person's language. */
    public enum Refusal {
        EMPTY, PIN_LENGTH, PIN_TOO_SIMPLE, PIN_IS_BIRTH_YEAR, PASSPHRASE_TOO_SHORT, PASSPHRASE_TOO_LONG,
        CONTAINS_USERNAME
    }

    private SecretPolicy() {
    }

    public static SecretKind kindOf(String secret) {
        return secret != null && secret.chars().allMatch(Character::isDigit) ? SecretKind.PIN : SecretKind.PASSPHRASE;
    }

    /** Empty when the secret is acceptable for this person; otherwise why not. */
    public static Optional<Refusal> check(String secret, String username, Integer birthYear) {
        if (secret == null || secret.isBlank()) {
            return Optional.of(Refusal.EMPTY);
        }
        if (kindOf(secret) == SecretKind.PIN) {
            return checkPin(secret, birthYear);
        }
        if (secret.length() < PASSPHRASE_MIN) {
            return Optional.of(Refusal.PASSPHRASE_TOO_SHORT);
        }
        if (secret.length() > PASSPHRASE_MAX) {
            return Optional.of(Refusal.PASSPHRASE_TOO_LONG);
        }
        if (username != null && secret.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Refusal.CONTAINS_USERNAME);
        }
        return Optional.empty();
    }

    private static Optional<Refusal> checkPin(String pin, Integer birthYear) {
        if (pin.length() < PIN_MIN || pin.length() > PIN_MAX) {
            return Optional.of(Refusal.PIN_LENGTH);
        }
        if (birthYear != null && pin.contains(String.valueOf(birthYear))) {
            return Optional.of(Refusal.PIN_IS_BIRTH_YEAR);
        }
        if (sameDigit(pin) || steps(pin, 1) || steps(pin, -1)) {
            return Optional.of(Refusal.PIN_TOO_SIMPLE);
        }
        return Optional.empty();
    }

    private static boolean sameDigit(String pin) {
        return pin.chars().distinct().count() == 1;
    }

    /** 1234, 6789, 4321: each digit one more (or one less) than the one before. */
    private static boolean steps(String pin, int step) {
        for (int i = 1; i < pin.length(); i++) {
            if (pin.charAt(i) - pin.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
