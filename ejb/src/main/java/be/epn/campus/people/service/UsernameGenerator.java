package be.epn.campus.people.service;

import be.epn.campus.people.model.SearchKey;
import java.security.SecureRandom;
import java.util.function.Predicate;

/**
 * Usernames a beginner can type from a printed card: lower-case ASCII letters, a dot and two digits,
 * built from the name ("Amina Benali" gives "amina.b42"). Names without Latin letters give "learner" and
 * digits. Never two alike.
 */
public final class UsernameGenerator {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_BASE = 20;

    private UsernameGenerator() {
    }

    public static String generate(String givenName, String familyName, Predicate<String> taken) {
        String given = ascii(givenName);
        String family = ascii(familyName);
        String base = given.isEmpty() ? "learner" : given.substring(0, Math.min(given.length(), MAX_BASE));
        if (!family.isEmpty()) {
            base = base + "." + family.charAt(0);
        }
        for (int digits = 2; ; digits++) {
            int bound = (int) Math.pow(10, digits);
            for (int attempt = 0; attempt < 20; attempt++) {
                String candidate = base + (bound / 10 + RANDOM.nextInt(bound - bound / 10));
                if (!taken.test(candidate)) {
                    return candidate;
                }
            }
        }
    }

    private static String ascii(String name) {
        return SearchKey.normalize(name).replaceAll("[^a-z]", "");
    }
}
